package fr.gouv.sante.jalons.governance;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as an administrator typed it: text only, checked by {@link MeetingEditing}. {@code date} is
 * a day, a month or a year ({@link MeetingDate#parse}); {@code status} {@code HELD} or
 * {@code ANNOUNCED}; {@code body} a body's slug; {@code bilanPeriod} a published period's code or blank.
 * {@code version} is the one the form started from (null for a new meeting).
 */
public record MeetingChange(
        @Nullable String body,
        @Nullable String title,
        @Nullable String date,
        @Nullable String dateNote,
        @Nullable String status,
        @Nullable String place,
        @Nullable String agenda,
        @Nullable String minutesUrl,
        @Nullable String minutesText,
        @Nullable String bilanPeriod,
        @Nullable String decisions,
        @Nullable String sourceDocument,
        @Nullable String sourceExcerpt,
        @Nullable Long version) {}
