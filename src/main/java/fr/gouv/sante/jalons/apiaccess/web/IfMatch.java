package fr.gouv.sante.jalons.apiaccess.web;

import org.jspecify.annotations.Nullable;

/**
 * The report's version as an entity tag: {@code "3"}, or {@code "new"} while the report does not
 * exist. A write must send the tag it read; the campaign's service compares the versions itself, in the
 * same transaction as the save, so the check cannot race with another save.
 */
final class IfMatch {

    private IfMatch() {}

    /** A write without {@code If-Match}, or with {@code *}: the client did not say which version it changes. */
    static final class Missing extends RuntimeException {
        Missing() {
            super("If-Match required");
        }
    }

    /** A tag that is not the report's current one. */
    static final class NoMatch extends RuntimeException {
        NoMatch() {
            super("If-Match does not match");
        }
    }

    static String etag(@Nullable Long version) {
        return version == null ? CampaignReportApiController.NEW : "\"" + version + "\"";
    }

    /**
     * The version the client changes, from its {@code If-Match}: null for a report it saw not yet created.
     * A tag of another shape (a weak one, a list that does not hold the current tag) cannot match.
     *
     * @param current the version saved now, used only to pick the matching tag of a list
     */
    static @Nullable Long version(@Nullable String header, @Nullable Long current) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            throw new Missing();
        }
        String wanted = etag(current);
        String chosen = null;
        for (String tag : header.split(",", -1)) {
            String trimmed = tag.trim();
            if (trimmed.equals(wanted)) {
                chosen = trimmed;
                break;
            }
            if (chosen == null) {
                chosen = trimmed;
            }
        }
        if (chosen == null || chosen.equals(CampaignReportApiController.NEW)) {
            return null;
        }
        if (chosen.length() < 3 || !chosen.startsWith("\"") || !chosen.endsWith("\"")) {
            throw new NoMatch();
        }
        try {
            return Long.valueOf(chosen.substring(1, chosen.length() - 1));
        } catch (NumberFormatException e) {
            throw new NoMatch();
        }
    }
}
