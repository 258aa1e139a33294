package fr.gouv.sante.jalons.report.domain;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import fr.gouv.sante.jalons.report.Bilan;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a semester report as a tagged PDF (PDF/UA: structure tags, title and {@code fr} language in
 * its metadata) with an embedded font. The page is a Thymeleaf template, so its wording comes from
 * the message bundles like every web page.
 */
@Component
public class BilanPdf {

    static final String FONT = "DejaVu Sans";

    static {
        // the library's lines in the application's log, not printed on stderr by its own handler
        XRLog.setLoggerImpl(new PdfLibraryLog());
    }

    private final ITemplateEngine templates;
    private final String css;

    BilanPdf(ITemplateEngine templates) {
        this.templates = templates;
        try {
            this.css = new ClassPathResource("report/bilan-pdf.css")
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XHTML the PDF is laid out from. */
    public String html(Bilan bilan) {
        Context context = new Context(FrenchFormat.FRENCH);
        context.setVariable("bilan", bilan);
        context.setVariable("css", css);
        return templates.process("report/bilan-pdf", context);
    }

    public byte[] render(Bilan bilan) {
        String html = html(bilan);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withProducer("Jalons");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
