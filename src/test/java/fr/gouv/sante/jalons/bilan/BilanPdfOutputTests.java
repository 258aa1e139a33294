package fr.gouv.sante.jalons.bilan;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import fr.gouv.sante.jalons.bilan.domain.BilanAssembler;
import fr.gouv.sante.jalons.bilan.domain.BilanPdf;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.time.Instant;
import java.util.logging.Level;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Writing a bilan leaves the log as readable as the rest of the application: the PDF library's lines
 * go through the application's logging, and nothing warns about a font the document does not use.
 */
@JalonsTest
@ExtendWith(OutputCaptureExtension.class)
class BilanPdfOutputTests {

    @Autowired
    BilanAssembler assembler;

    @Autowired
    BilanPdf pdf;

    @Test
    void writingABilanLogsNoFontWarningAndEveryFontOfThePdfIsEmbedded(CapturedOutput output) throws Exception {
        byte[] document = pdf.render(assembler.assemble("2024-S2", Instant.now()));

        assertThat(output.getAll()).doesNotContain("fallback font").doesNotContain("ZapfDingbats");
        // the font PDFBox warned about belongs to form fields, which a bilan has none of: PDF/UA wants
        // every font that is used embedded, and a warning hidden here must not hide one that is used
        try (PDDocument pdfDocument = Loader.loadPDF(document)) {
            assertThat(pdfDocument.getDocumentCatalog().getAcroForm()).isNull();
            for (PDPage page : pdfDocument.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    assertThat(resources.getFont(name).isEmbedded())
                            .as(resources.getFont(name).getName())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void thePdfLibraryLogsThroughTheApplicationsLogging(CapturedOutput output) throws Exception {
        pdf.render(assembler.assemble("2024-S2", Instant.now()));
        int before = output.getAll().length();

        XRLog.log(Level.WARNING, LogMessageId.LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_TITLE_PROVIDED);

        String logged = output.getAll().substring(before);
        // the application's pattern (level, then the logger's name), not openhtmltopdf's own console
        // handler ("com.openhtmltopdf.general WARNING:: ...")
        assertThat(logged).containsPattern("WARN .*com\\.openhtmltopdf\\.general.*(?i)title");
        assertThat(logged).doesNotContain("WARNING::");
    }
}
