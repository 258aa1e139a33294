package fr.gouv.sante.jalons.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Narratives are written in Markdown. Rendering goes through commonmark with raw HTML escaped, then
 * the OWASP sanitizer keeps only text formatting and https/mailto links, so that whatever an editor
 * types can never inject markup or script into a public page.
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "strong", "em", "code", "blockquote", "a")
            .allowUrlProtocols("https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private MarkdownText() {}

    /** Safe HTML for a Markdown text; empty for null. */
    public static String toSafeHtml(@Nullable String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
