package fr.gouv.sante.jalons.notification.domain;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox delivery and the campaign reminders run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailScheduling {}
