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
     * Exactly one strong tag: a list could name every version and overwrite whatever is saved, and a
     * weak tag never matches.
     */
    static @Nullable Long version(@Nullable String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            throw new Missing();
        }
        String tag = header.trim();
        if (tag.equals(CampaignReportApiController.NEW)) {
            return null;
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw new NoMatch();
        }
        try {
            return Long.valueOf(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw new NoMatch();
        }
    }
}
