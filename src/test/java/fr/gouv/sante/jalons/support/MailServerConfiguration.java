package fr.gouv.sante.jalons.support;

import java.util.Properties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Tests send their mails, for real, to a GreenMail SMTP server of their own (a free port). */
@TestConfiguration(proxyBeanMethods = false)
public class MailServerConfiguration {

    @Bean(destroyMethod = "stop")
    TestMailServer testMailServer() {
        return TestMailServer.start(0);
    }

    @Bean
    JavaMailSender testMailSender(TestMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.writetimeout", "5000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
