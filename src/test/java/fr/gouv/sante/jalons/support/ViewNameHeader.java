package fr.gouv.sante.jalons.support;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.model.ITemplateStart;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.templateboundaries.AbstractTemplateBoundariesProcessor;
import org.thymeleaf.processor.templateboundaries.ITemplateBoundariesStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.web.servlet.IServletWebExchange;

/**
 * Names the template a page was rendered from in a {@code Server-Timing} header ({@code view;desc="..."}),
 * which the browser exposes to the page's scripts: the browser tests read it to run axe-core once per
 * kind of page and to check that every page template is audited somewhere. A dialect rather than a
 * handler interceptor, so that the error pages rendered by the exception handlers are named too. Tests
 * only: the application itself sends no such header.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ViewNameHeader {

    @Bean
    IDialect viewNameHeaderDialect() {
        return new AbstractProcessorDialect("view name header", "jalons-test", 1000) {
            @Override
            public Set<IProcessor> getProcessors(String dialectPrefix) {
                return Set.of(new NameTheTemplate());
            }
        };
    }

    private static final class NameTheTemplate extends AbstractTemplateBoundariesProcessor {

        NameTheTemplate() {
            super(TemplateMode.HTML, 1000);
        }

        @Override
        public void doProcessTemplateStart(
                ITemplateContext context,
                ITemplateStart templateStart,
                ITemplateBoundariesStructureHandler structureHandler) {
            // the page's own template comes first; the layout and fragments it pulls in come after
            if (context.getTemplateStack().size() != 1
                    || !(context instanceof IWebContext web)
                    || !(web.getExchange() instanceof IServletWebExchange exchange)
                    || !(exchange.getNativeResponseObject() instanceof HttpServletResponse response)
                    || response.isCommitted()) {
                return;
            }
            TemplateData template = context.getTemplateData();
            response.addHeader("Server-Timing", "view;desc=\"" + template.getTemplate() + "\"");
        }

        @Override
        public void doProcessTemplateEnd(
                ITemplateContext context,
                ITemplateEnd templateEnd,
                ITemplateBoundariesStructureHandler structureHandler) {
            // nothing to do at the end
        }
    }
}
