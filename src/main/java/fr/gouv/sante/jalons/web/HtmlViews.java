package fr.gouv.sante.jalons.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Every Thymeleaf view of the application is an HTML page, and says so. Left to itself, Thymeleaf
 * labels a page after the extension of the URL it answers, so the 404 page of an unknown feed
 * ({@code /bilans/flux/99-9.atom}) went out as {@code application/atom+xml}.
 */
@Configuration(proxyBeanMethods = false)
class HtmlViews {

    @Bean
    static BeanPostProcessor htmlContentTypeForEveryView() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setForceContentType(true);
                }
                return bean;
            }
        };
    }
}
