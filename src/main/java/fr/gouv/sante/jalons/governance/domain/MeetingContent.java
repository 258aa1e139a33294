package fr.gouv.sante.jalons.governance.domain;

import fr.gouv.sante.jalons.governance.MeetingDate;
import fr.gouv.sante.jalons.governance.MeetingStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a meeting says once checked: blank texts are null. */
record MeetingContent(
        Long bodyId,
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
        @Nullable String sourceExcerpt) {

    /** The audit trail's picture of it (null values kept, so that a removed text shows). */
    Map<String, Object> audit(String bodySlug) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("body", bodySlug);
        row.put("title", title);
        row.put("date", date.iso());
        row.put("dateNote", dateNote);
        row.put("status", status.name());
        row.put("place", place);
        row.put("agenda", agenda);
        row.put("minutesUrl", minutesUrl);
        row.put("minutesText", minutesText);
        row.put("bilanPeriod", bilanPeriod);
        row.put("decisions", decisions);
        row.put("sourceDocument", sourceDocument);
        row.put("sourceExcerpt", sourceExcerpt);
        return row;
    }
}
