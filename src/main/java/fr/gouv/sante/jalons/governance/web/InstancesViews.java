package fr.gouv.sante.jalons.governance.web;

import fr.gouv.sante.jalons.governance.BodySummary;
import fr.gouv.sante.jalons.governance.GovernanceQueries;
import fr.gouv.sante.jalons.governance.MeetingStatus;
import fr.gouv.sante.jalons.governance.MeetingSummary;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.Semester;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The public page of the governance bodies and their meetings, every text already in French. */
@Component
class InstancesViews {

    private final GovernanceQueries governance;
    private final MessageSource messages;
    private final Clock clock;

    InstancesViews(GovernanceQueries governance, MessageSource messages, Clock clock) {
        this.governance = governance;
        this.messages = messages;
        this.clock = clock;
    }

    InstancesView instances() {
        LocalDate today = LocalDate.now(clock.withZone(FrenchFormat.PARIS));
        List<BodyView> bodies =
                governance.bodies().stream().map(body -> body(body, today)).toList();
        int meetings = bodies.stream().mapToInt(body -> body.meetings().size()).sum();
        return new InstancesView(bodies, message("governance.count", bodies.size(), meetings));
    }

    private BodyView body(BodySummary body, LocalDate today) {
        return new BodyView(
                anchor(body.slug()),
                body.name(),
                body.kind().messageKey(),
                body.parentName(),
                body.parentSlug() == null ? null : "#" + anchor(body.parentSlug()),
                body.description(),
                body.sourceDocument(),
                body.sourceExcerpt(),
                body.meetings().stream().map(meeting -> meeting(meeting, today)).toList());
    }

    MeetingView meeting(MeetingSummary meeting, LocalDate today) {
        boolean announcedAndPast = meeting.status() == MeetingStatus.ANNOUNCED
                && meeting.date().lastDay().isBefore(today);
        return new MeetingView(
                meetingAnchor(meeting.id()),
                meeting.title() == null
                        ? message(
                                "governance.meeting.heading."
                                        + meeting.date().precision().name(),
                                meeting.date().french())
                        : message(
                                "governance.meeting.heading.titled",
                                meeting.title(),
                                meeting.date().french()),
                meeting.date().french(),
                meeting.date().iso(),
                meeting.dateNote(),
                meeting.status().messageKey(),
                meeting.status() == MeetingStatus.HELD ? "fr-badge--success" : "fr-badge--info",
                announcedAndPast,
                meeting.place(),
                meeting.agenda(),
                meeting.minutesUrl(),
                meeting.minutesText(),
                meeting.bilanPeriod() == null ? null : period(meeting.bilanPeriod()),
                meeting.bilanPeriod() == null ? null : "/bilans/" + meeting.bilanPeriod(),
                meeting.decisions(),
                meeting.sourceDocument(),
                meeting.sourceExcerpt(),
                FrenchFormat.date(meeting.recordedAt()));
    }

    static String anchor(String bodySlug) {
        return "instance-" + bodySlug;
    }

    static String meetingAnchor(long id) {
        return "reunion-" + id;
    }

    String period(String code) {
        Semester semester = Semester.parse(code);
        return message(semester.labelKey(), semester.year());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }

    /** @param countLabel how many bodies and meetings, in words */
    record InstancesView(List<BodyView> bodies, String countLabel) {

        InstancesView {
            bodies = List.copyOf(bodies);
        }
    }

    /**
     * A body: {@code parentName} and {@code parentAnchor} name the body it belongs to, null if none;
     * {@code sourceDocument} and {@code sourceExcerpt} are null for a grouping of Jalons' own.
     */
    record BodyView(
            String anchor,
            String name,
            String kindKey,
            @Nullable String parentName,
            @Nullable String parentAnchor,
            @Nullable String description,
            @Nullable String sourceDocument,
            @Nullable String sourceExcerpt,
            List<MeetingView> meetings) {

        BodyView {
            meetings = List.copyOf(meetings);
        }
    }

    /**
     * A meeting; every text the source does not give is null and not shown.
     *
     * @param announcedAndPast announced, and its date has passed: no source says it was held
     * @param recordedOn the day it was recorded in Jalons, shown when it has no source document
     */
    record MeetingView(
            String anchor,
            String heading,
            String date,
            String dateIso,
            @Nullable String dateNote,
            String statusKey,
            String statusClass,
            boolean announcedAndPast,
            @Nullable String place,
            @Nullable String agenda,
            @Nullable String minutesUrl,
            @Nullable String minutesText,
            @Nullable String bilanLabel,
            @Nullable String bilanUrl,
            @Nullable String decisions,
            @Nullable String sourceDocument,
            @Nullable String sourceExcerpt,
            String recordedOn) {}
}
