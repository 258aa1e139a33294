package fr.gouv.sante.jalons.governance;

/**
 * A meeting as an administrator typed it: text only, checked by {@link MeetingEditing}. {@code date} is
 * a day, a month or a year ({@link MeetingDate#parse}); {@code status} {@code HELD} or
 * {@code ANNOUNCED}; {@code body} a body's slug; {@code bilanPeriod} a published period's code or blank.
 * {@code version} is the one the form started from (null for a new meeting).
 */
public record MeetingChange(
        String body,
        String title,
        String date,
        String dateNote,
        String status,
        String place,
        String agenda,
        String minutesUrl,
        String minutesText,
        String bilanPeriod,
        String decisions,
        String sourceDocument,
        String sourceExcerpt,
        Long version) {}
