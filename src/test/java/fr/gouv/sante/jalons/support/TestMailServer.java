package fr.gouv.sante.jalons.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, which can be stopped and started
 * again on the same port to play an outage. The application's mail sender points at it.
 */
public final class TestMailServer {

    private final int port;
    private GreenMail greenMail;

    private TestMailServer(int port) {
        this.port = port;
    }

    public static TestMailServer start(int port) {
        TestMailServer server = new TestMailServer(port == 0 ? freePort() : port);
        server.start();
        return server;
    }

    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Forgets the mails received so far. */
    public synchronized void purge() {
        if (greenMail != null) {
            try {
                greenMail.purgeEmailFromAllMailboxes();
            } catch (com.icegreen.greenmail.store.FolderException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public int port() {
        return port;
    }

    /** The mails received since the server (re)started, to one address. */
    public synchronized List<Mail> to(String address) {
        return all().stream()
                .filter(mail -> mail.to().equalsIgnoreCase(address))
                .toList();
    }

    public synchronized List<Mail> all() {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages()).map(Mail::of).toList();
    }

    /** A received mail: its recipient, subject and plain text. */
    public record Mail(String to, String from, String subject, String text, String contentType) {

        static Mail of(MimeMessage message) {
            try {
                Object content = message.getContent();
                return new Mail(
                        message.getRecipients(Message.RecipientType.TO)[0].toString(),
                        message.getFrom()[0].toString(),
                        message.getSubject(),
                        String.valueOf(content).replace("\r\n", "\n"),
                        message.getContentType());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
