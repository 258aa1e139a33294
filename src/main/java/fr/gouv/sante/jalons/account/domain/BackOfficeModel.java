package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.shared.web.BackOffice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Back-office pages ({@link BackOffice} controllers) show who is signed in. Public pages never do:
 * they stay identical for every visitor, and cacheable. The user is a request attribute, set before
 * the handler runs, so that the pages an exception handler renders for a back-office request (the
 * 409 page of a stale form, for instance) show it too.
 */
@Configuration(proxyBeanMethods = false)
class BackOfficeModel implements WebMvcConfigurer {

    static final String CURRENT_USER = "currentUser";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method
                        && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), BackOffice.class)) {
                    request.setAttribute(CURRENT_USER, CurrentUserResolver.current());
                }
                return true;
            }
        });
    }
}
