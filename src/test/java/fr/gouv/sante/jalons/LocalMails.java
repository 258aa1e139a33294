package fr.gouv.sante.jalons;

import fr.gouv.sante.jalons.shared.web.BackOffice;
import fr.gouv.sante.jalons.support.TestMailServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The local launcher's mail viewer ({@value #PATH}, administrators only): every mail the embedded SMTP
 * server received, with its whole text, so that a newcomer can follow an invitation's link although
 * the outbox erases such a body once delivered. It lives in the test sources and is added by
 * {@link LocalJalonsApplication} only: the packaged application never keeps or shows a live link.
 */
@TestConfiguration(proxyBeanMethods = false)
class LocalMails {

    static final String PATH = "/admin/courriels/recus";

    private static volatile TestMailServer server;

    /** Called by the launcher once its SMTP server runs. */
    static void readFrom(TestMailServer smtp) {
        server = smtp;
    }

    /** The mails received, newest first. */
    static List<TestMailServer.Mail> received() {
        TestMailServer smtp = server;
        if (smtp == null) {
            return List.of();
        }
        List<TestMailServer.Mail> mails = new ArrayList<>(smtp.all());
        Collections.reverse(mails);
        return mails;
    }

    /** Registered with its enclosing configuration, as a member class. */
    @BackOffice
    @Controller
    static class ReceivedMailsController {

        @GetMapping(PATH)
        String mails(Model model) {
            model.addAttribute("mails", received());
            return "local/received-mails";
        }
    }
}
