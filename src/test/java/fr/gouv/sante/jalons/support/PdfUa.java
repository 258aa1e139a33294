package fr.gouv.sante.jalons.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/** veraPDF's verdict on a document against the PDF/UA-1 rules, as an auditor would run it. */
public final class PdfUa {

    /** The PDF/UA-1 profile veraPDF ships (its default directory lists the PDF/A ones only). */
    private static final ValidationProfile PROFILE;

    static {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream xml = PdfUa.class.getResourceAsStream("/org/verapdf/pdfa/validation/PDFUA-1.xml")) {
            PROFILE = Profiles.profileFromXml(xml);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private PdfUa() {}

    /** The rules the document fails, each as "clause-test: message" (empty when it conforms). */
    public static List<String> failedRules(byte[] pdf) {
        try (PDFAParser parser =
                Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PROFILE, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage())
                    .distinct()
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the document", e);
        }
    }
}
