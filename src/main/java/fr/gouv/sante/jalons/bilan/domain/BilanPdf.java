package fr.gouv.sante.jalons.bilan.domain;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import fr.gouv.sante.jalons.bilan.Bilan;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a semester report as a tagged PDF (PDF/UA: structure tags, title and {@code fr} language in
 * its metadata, bookmarks) with embedded fonts. The page is a Thymeleaf template, so its wording
 * comes from the message bundles like every web page. The same bilan always gives the same bytes
 * (see {@link ReproduciblePdf}).
 */
@Component
public class BilanPdf {

    static final String FONT = "DejaVu Sans";

    static {
        // the library's lines in the application's log, not printed on stderr by its own handler
        XRLog.setLoggerImpl(new PdfLibraryLog());
    }

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final BilanFonts fonts = new BilanFonts();
    private final String css;
    private final String marianne;

    BilanPdf(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
        this.css = resource("bilan/bilan-pdf.css");
        this.marianne = resource("bilan/marianne.svg")
                .replace(
                        "{label}",
                        HtmlUtils.htmlEscape(
                                messages.getMessage("bilan.pdf.marianne", null, FrenchFormat.FRENCH), "UTF-8"));
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The XHTML the PDF is laid out from, with every character the embedded fonts cannot draw
     * replaced by a visible mention of its code point.
     */
    public String html(Bilan bilan) {
        return html(bilan, false);
    }

    private String html(Bilan bilan, boolean draft) {
        Context context = new Context(FrenchFormat.FRENCH);
        context.setVariable("bilan", bilan);
        context.setVariable("draft", draft);
        context.setVariable("css", css);
        context.setVariable("marianne", marianne);
        return fonts.printableText(
                templates.process("bilan/bilan-pdf", context),
                codePoint -> messages.getMessage(
                        "bilan.pdf.unprintable",
                        new Object[] {String.format(Locale.ROOT, "%04X", codePoint)},
                        FrenchFormat.FRENCH));
    }

    private final ReproduciblePdf.LinkWords linkWords = new ReproduciblePdf.LinkWords() {
        @Override
        public String toPage(int page) {
            return message("bilan.pdf.link.page", page);
        }

        @Override
        public String toAddress(String uri) {
            return message("bilan.pdf.link.address", uri);
        }
    };

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }

    public byte[] render(Bilan bilan) {
        return render(bilan, false);
    }

    /**
     * The same document marked « Projet » in its title and on every page: what an edition would be,
     * shown to the DNS before it is frozen.
     */
    public byte[] renderDraft(Bilan bilan) {
        return render(bilan, true);
    }

    private byte[] render(Bilan bilan, boolean draft) {
        String html = html(bilan, draft);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        fonts.register(builder);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withProducer("Jalons");
        builder.withHtmlContent(html, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                PDDocument document = renderer.createPDFKeepOpen();
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20)) {
            ReproduciblePdf.fix(document, bilan.editionAt(), bilan.editionDatedByMonth(), html, linkWords);
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
