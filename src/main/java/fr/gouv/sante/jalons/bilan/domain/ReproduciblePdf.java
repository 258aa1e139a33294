package fr.gouv.sante.jalons.bilan.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * Makes a PDF's bytes depend on its content only, so that two installations publishing the same
 * edition from the same data publish the same SHA-256. The renderer would otherwise stamp the
 * generation time (CreationDate) and PDFBox a trailer /ID made from the time: the dates become the
 * edition's publication, in the French time zone whatever the machine's, and the /ID a digest of
 * the document's source. Font subsets are already named from the glyphs they hold.
 */
final class ReproduciblePdf {

    private static final TimeZone PARIS = TimeZone.getTimeZone("Europe/Paris");

    private ReproduciblePdf() {}

    /**
     * @param monthOnly the publication is dated by its month only (a period taken over from a document
     *                  dated "décembre 2024"): the document's dates say the month and no day, as PDF
     *                  ("D:202412") and XMP ("2024-12") both allow
     */
    static void fix(PDDocument document, Instant publishedAt, boolean monthOnly, String source, LinkWords words)
            throws IOException {
        describeLinks(document, words);
        GregorianCalendar when = new GregorianCalendar(PARIS, Locale.ROOT);
        when.setTimeInMillis(publishedAt.toEpochMilli());
        PDDocumentInformation information = document.getDocumentInformation();
        String xmpDate;
        if (monthOnly) {
            java.time.YearMonth month = java.time.YearMonth.from(when.toZonedDateTime());
            String pdfDate = String.format(Locale.ROOT, "D:%04d%02d", month.getYear(), month.getMonthValue());
            information.getCOSObject().setString(org.apache.pdfbox.cos.COSName.CREATION_DATE, pdfDate);
            information.getCOSObject().setString(org.apache.pdfbox.cos.COSName.MOD_DATE, pdfDate);
            xmpDate = month.toString();
        } else {
            information.setCreationDate(when);
            information.setModificationDate(when);
            xmpDate = when.toZonedDateTime()
                    .truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        datesInMetadata(document, xmpDate);
        byte[] id = Arrays.copyOf(sha256(source), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    /**
     * The XMP packet says the same dates as the information dictionary. Added as one more
     * description, as text: parsing and writing the packet again would lose the PDF/UA
     * identification schema that xmpbox does not know.
     */
    private static void datesInMetadata(PDDocument document, String date) throws IOException {
        PDMetadata stream = document.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        String xmp;
        try (InputStream in = stream.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int end = xmp.lastIndexOf("</rdf:RDF>");
        if (end < 0 || xmp.contains("xmp:CreateDate")) {
            return;
        }
        String dates = "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>"
                + "</rdf:Description>";
        stream.importXMPMetadata((xmp.substring(0, end) + dates + xmp.substring(end)).getBytes(StandardCharsets.UTF_8));
    }

    /** How a link is described to assistive technologies: its target page, or its address. */
    interface LinkWords {
        String toPage(int page);

        String toAddress(String uri);
    }

    /**
     * PDF/UA wants every link annotation described (its Contents); the renderer writes none. A link
     * inside the document names the page it leads to, a link out names its address.
     */
    private static void describeLinks(PDDocument document, LinkWords words) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink link) || link.getContents() != null) {
                    continue;
                }
                PDDestination destination = link.getDestination();
                if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
                    destination = goTo.getDestination();
                }
                if (destination instanceof PDNamedDestination named) {
                    destination = document.getDocumentCatalog().findNamedDestinationPage(named);
                }
                if (destination instanceof PDPageDestination target) {
                    int index = target.retrievePageNumber();
                    if (index >= 0) {
                        link.setContents(words.toPage(index + 1));
                    }
                } else if (link.getAction() instanceof PDActionURI uri) {
                    link.setContents(words.toAddress(uri.getURI()));
                }
            }
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
