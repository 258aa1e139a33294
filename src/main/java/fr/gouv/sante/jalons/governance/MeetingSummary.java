package fr.gouv.sante.jalons.governance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as the public sees it. Every text but the body's name may be null: the source said
 * nothing of it.
 *
 * @param title what the meeting was, when the body's name does not say it (an event)
 * @param dateNote how the date was established, when the source does not give it whole
 * @param minutesUrl the minutes' address; {@code minutesText} what is known of them otherwise
 * @param bilanPeriod the period ({@code 2024-S2}) of the bilan presented at the meeting
 * @param sourceDocument the document the meeting comes from, null when an administrator entered it
 *     without one; {@code sourceExcerpt} its sentence, verbatim
 * @param recordedAt when it was recorded in Jalons; {@code updatedAt} when it last changed
 */
public record MeetingSummary(
        long id,
        String bodySlug,
        String bodyName,
        BodyKind bodyKind,
        @Nullable String title,
        MeetingDate date,
        @Nullable String dateNote,
        MeetingStatus status,
        @Nullable String place,
        @Nullable String agenda,
        @Nullable String minutesUrl,
        @Nullable String minutesText,
        @Nullable String bilanPeriod,
        @Nullable String decisions,
        @Nullable String sourceDocument,
        @Nullable String sourceExcerpt,
        Instant recordedAt,
        Instant updatedAt) {

    /** The meeting's name: its own title, or its body's. */
    public String name() {
        return title == null ? bodyName : title;
    }
}
