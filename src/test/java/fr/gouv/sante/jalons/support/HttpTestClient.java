package fr.gouv.sante.jalons.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Plain HTTP against the running application, as any open-data consumer would call it. */
public final class HttpTestClient {

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    public HttpTestClient(int port) {
        this.port = port;
    }

    /** A public page that must answer 200, its HTML entities decoded (text as a reader sees it). */
    public String page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return org.springframework.web.util.HtmlUtils.htmlUnescape(response.body());
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), headers);
    }

    /** The answer's bytes as sent, not decoded (a compressed body stays compressed). */
    public HttpResponse<byte[]> bytes(String path, String... headers) {
        return send(path, HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * One GET written by hand, answered as raw text (status line, headers, body): the JDK's client
     * does not let a caller choose the Host header. HTTP/1.0 gets a body that is not chunked;
     * HTTP/1.1 is what browsers speak.
     */
    public String raw(String protocol, String path, String... headers) {
        try (Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            StringBuilder request = new StringBuilder("GET " + path + " " + protocol + "\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
