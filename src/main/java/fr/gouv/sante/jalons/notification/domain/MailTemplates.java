package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.shared.BaseUrl;
import fr.gouv.sante.jalons.shared.BaseUrlProperties;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mails: plain-text Thymeleaf templates in {@code src/main/resources/mail}, in French,
 * with every link absolute (built on {@code JALONS_BASE_URL}); subjects come from messages.properties.
 */
@Component
class MailTemplates {

    private final TemplateEngine engine;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    MailTemplates(MessageSource messages, BaseUrlProperties properties) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine spring = new SpringTemplateEngine();
        spring.setTemplateResolver(resolver);
        spring.setTemplateEngineMessageSource(messages);
        this.engine = spring;
        this.messages = messages;
        this.baseUrl = properties.baseUrl();
    }

    /** An absolute link to a path of the application. */
    String link(String path) {
        return baseUrl.link(path);
    }

    String subject(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }

    String body(String template, Map<String, Object> variables) {
        Context context = new Context(FrenchFormat.FRENCH);
        context.setVariables(variables);
        context.setVariable("signature", subject("mail.signature"));
        context.setVariable("home", link("/"));
        return engine.process(template, context);
    }
}
