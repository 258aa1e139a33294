package fr.gouv.sante.jalons.signatory;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor looks for in the register: a part of the legal name (case and accents aside) or of the
 * SIREN (spaces aside), a sector, a status, a version of the charter. A null criterion keeps everyone.
 */
public record SignatoryFilter(
        @Nullable String query,
        @Nullable Sector sector,
        @Nullable SignatoryStatus status,
        @Nullable String charterVersion) {

    /** Longer queries match nothing anyway: no legal name is longer. */
    public static final int MAX_QUERY_LENGTH = 200;

    public static final SignatoryFilter NONE = new SignatoryFilter(null, null, null, null);

    public SignatoryFilter {
        query = query == null || query.isBlank() ? null : query.strip();
        charterVersion = charterVersion == null || charterVersion.isBlank() ? null : charterVersion.strip();
    }

    public boolean isEmpty() {
        return query == null && sector == null && status == null && charterVersion == null;
    }

    public boolean matches(SignatorySummary signatory) {
        return (sector == null || signatory.sectors().contains(sector))
                && (status == null || signatory.status() == status)
                && (charterVersion == null || charterVersion.equals(signatory.charterVersion()))
                && (query == null || matchesQuery(signatory));
    }

    private boolean matchesQuery(SignatorySummary signatory) {
        String text = query;
        if (text == null || text.length() > MAX_QUERY_LENGTH) {
            return false;
        }
        String digits = text.replaceAll("[ \\u00a0\\u202f]", "");
        if (digits.matches("[0-9]{3,9}") && signatory.siren().digits().contains(digits)) {
            return true;
        }
        return plain(signatory.legalName()).contains(plain(text));
    }

    /** Lower case, without accents, spaces collapsed: "Société  Générale" finds "societe generale". */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
