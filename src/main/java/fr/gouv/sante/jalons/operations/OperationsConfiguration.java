package fr.gouv.sante.jalons.operations;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The request incident filter, first of all (before Spring Security and the rendered-page cache), and
 * the masking of the secrets that other modules' URLs carry.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    LoggablePaths loggablePaths(ObjectProvider<PathSecrets> secrets) {
        return new LoggablePaths(secrets.orderedStream().toList());
    }

    @Bean
    FilterRegistrationBean<RequestIncident> requestIncident(MessageSource messages, LoggablePaths paths) {
        FilterRegistrationBean<RequestIncident> registration =
                new FilterRegistrationBean<>(new RequestIncident(messages, paths));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
