package fr.gouv.sante.jalons.governance.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.governance.MeetingChange;
import fr.gouv.sante.jalons.governance.MeetingDate;
import fr.gouv.sante.jalons.governance.MeetingEditing;
import fr.gouv.sante.jalons.governance.MeetingStatus;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.StaleVersion.SavedField;
import fr.gouv.sante.jalons.shared.TextRules;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records and corrects meetings. Every rule is checked before anything is written, so that a refusal
 * names every field at once and saves nothing; a stale form writes nothing either. Every change is
 * public (the page {@code /instances}, its feed, the open data), so it is announced as
 * {@link PublicContentChanged}: the cached copies are dropped on every node once it commits.
 */
@Service
class JpaMeetingEditing implements MeetingEditing {

    static final int MAX_LINE = 300;
    static final int MAX_SOURCE_DOCUMENT = 500;
    static final int MAX_URL = 500;
    static final int MAX_NOTE = 1000;
    static final int MAX_TEXT = 5000;

    private final MeetingRepository meetings;
    private final JdbcClient jdbc;
    private final PublicationQueries publications;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    JpaMeetingEditing(
            MeetingRepository meetings,
            JdbcClient jdbc,
            PublicationQueries publications,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.publications = publications;
        this.policy = policy;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public MeetingChange meeting(CurrentUser admin, long id) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> {
            Meeting meeting = find(id);
            MeetingContent content = meeting.content();
            return new MeetingChange(
                    slugOf(content.bodyId()),
                    content.title(),
                    content.date().iso(),
                    content.dateNote(),
                    content.status().name(),
                    content.place(),
                    content.agenda(),
                    content.minutesUrl(),
                    content.minutesText(),
                    content.bilanPeriod(),
                    content.decisions(),
                    content.sourceDocument(),
                    content.sourceExcerpt(),
                    meeting.getVersion());
        });
    }

    @Override
    public List<String> bilanPeriods(CurrentUser admin) {
        policy.requireAdmin(admin);
        return publications.publishedPeriods().stream().map(PeriodSummary::code).toList();
    }

    @Override
    public long create(CurrentUser admin, MeetingChange change) {
        policy.requireAdmin(admin);
        MeetingContent content = check(change);
        Long id = transaction.execute(tx -> {
            Meeting meeting = new Meeting(content, clock.instant());
            meetings.saveAndFlush(meeting);
            events.publishEvent(new ChangeRecorded(
                    admin.id(),
                    admin.label(),
                    "MEETING",
                    String.valueOf(meeting.getId()),
                    null,
                    "CREATED",
                    null,
                    content.audit(Objects.requireNonNull(change.body(), "checked: body required")
                            .strip())));
            events.publishEvent(new PublicContentChanged("meeting " + meeting.getId() + " recorded"));
            return meeting.getId();
        });
        return id == null ? 0 : id;
    }

    @Override
    public void update(CurrentUser admin, long id, MeetingChange change) {
        policy.requireAdmin(admin);
        MeetingContent content = check(change);
        try {
            transaction.executeWithoutResult(tx -> {
                Meeting meeting = find(id);
                StaleVersion.check(change.version(), meeting.getVersion());
                MeetingContent before = meeting.content();
                meeting.change(content, clock.instant());
                entityManager.flush();
                events.publishEvent(new ChangeRecorded(
                        admin.id(),
                        admin.label(),
                        "MEETING",
                        String.valueOf(id),
                        null,
                        "CHANGED",
                        before.audit(slugOf(before.bodyId())),
                        content.audit(Objects.requireNonNull(change.body(), "checked: body required")
                                .strip())));
                events.publishEvent(new PublicContentChanged("meeting " + id + " changed"));
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw stale(id);
        }
    }

    /** Every rule, each broken one named by its field; nothing is read from the meeting itself. */
    private MeetingContent check(MeetingChange change) {
        Map<String, String> errors = new LinkedHashMap<>();
        String bodySlug = clean(change.body());
        Long bodyId = null;
        if (bodySlug == null) {
            errors.put("body", "meeting.body.required");
        } else {
            bodyId = bodyId(bodySlug).orElse(null);
            if (bodyId == null) {
                errors.put("body", "meeting.body.unknown");
            }
        }
        String title = line(errors, "title", change.title(), MAX_LINE);
        MeetingDate date = null;
        if (clean(change.date()) == null) {
            errors.put("date", "meeting.date.required");
        } else {
            date = MeetingDate.parse(change.date()).orElse(null);
            if (date == null) {
                errors.put("date", "meeting.date.invalid");
            }
        }
        String dateNote = text(errors, "dateNote", change.dateNote(), MAX_NOTE);
        MeetingStatus status = status(change.status());
        if (status == null) {
            errors.put("status", "meeting.status.required");
        } else if (status == MeetingStatus.HELD
                && date != null
                && date.date().isAfter(LocalDate.now(clock.withZone(FrenchFormat.PARIS)))) {
            errors.put("date", "meeting.date.held-in-future");
        }
        String place = line(errors, "place", change.place(), MAX_LINE);
        String agenda = text(errors, "agenda", change.agenda(), MAX_TEXT);
        String minutesUrl = clean(change.minutesUrl());
        if (minutesUrl != null && !isWebAddress(minutesUrl)) {
            errors.put("minutesUrl", "meeting.minutesUrl.invalid");
        }
        String minutesText = text(errors, "minutesText", change.minutesText(), MAX_TEXT);
        String bilanPeriod = clean(change.bilanPeriod());
        if (bilanPeriod != null
                && publications.publishedPeriods().stream()
                        .noneMatch(period -> period.code().equals(bilanPeriod))) {
            errors.put("bilanPeriod", "meeting.bilanPeriod.unknown");
        }
        String decisions = text(errors, "decisions", change.decisions(), MAX_TEXT);
        String sourceDocument = line(errors, "sourceDocument", change.sourceDocument(), MAX_SOURCE_DOCUMENT);
        String sourceExcerpt = text(errors, "sourceExcerpt", change.sourceExcerpt(), MAX_TEXT);
        if (sourceExcerpt != null && sourceDocument == null && !errors.containsKey("sourceDocument")) {
            errors.put("sourceDocument", "meeting.sourceDocument.required-with-excerpt");
        }
        // a missing body, date or status is one of the errors
        if (!errors.isEmpty() || bodyId == null || date == null || status == null) {
            throw new InputRefused(errors);
        }
        return new MeetingContent(
                bodyId,
                title,
                date,
                dateNote,
                status,
                place,
                agenda,
                minutesUrl,
                minutesText,
                bilanPeriod,
                decisions,
                sourceDocument,
                sourceExcerpt);
    }

    /** An optional text on one line: null when blank. */
    private static @Nullable String line(Map<String, String> errors, String field, @Nullable String typed, int max) {
        String text = clean(typed);
        if (text != null) {
            TextRules.checkLine(text, max).ifPresent(problem -> errors.put(field, key(field, problem)));
        }
        return text;
    }

    /** An optional text of several lines: null when blank. */
    private static @Nullable String text(Map<String, String> errors, String field, @Nullable String typed, int max) {
        String text = clean(typed);
        if (text != null) {
            TextRules.check(text, max).ifPresent(problem -> errors.put(field, key(field, problem)));
        }
        return text;
    }

    /** Control and invalid characters share one message: either way the person removes them. */
    private static String key(String field, TextRules.Problem problem) {
        String prefix = "meeting." + field;
        return switch (problem) {
            case CONTROL_CHARACTERS, INVALID_CHARACTERS -> prefix + ".characters";
            default -> problem.key(prefix);
        };
    }

    private static @Nullable MeetingStatus status(@Nullable String typed) {
        for (MeetingStatus status : MeetingStatus.values()) {
            if (status.name().equals(typed)) {
                return status;
            }
        }
        return null;
    }

    /** An absolute http(s) address with a host, one line, no blanks. */
    static boolean isWebAddress(String text) {
        if (text.length() > MAX_URL || TextRules.hasForbiddenCharacters(text) || text.matches(".*\\s.*")) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static @Nullable String clean(@Nullable String typed) {
        String text = TextRules.normalise(typed);
        return text == null || text.isEmpty() ? null : text;
    }

    private Meeting find(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", String.valueOf(id)));
    }

    private Optional<Long> bodyId(String slug) {
        return jdbc.sql("select id from governance_body where slug = ?")
                .param(slug)
                .query(Long.class)
                .optional();
    }

    private String slugOf(Long bodyId) {
        return jdbc.sql("select slug from governance_body where id = ?")
                .param(bodyId)
                .query(String.class)
                .single();
    }

    /** The meeting as saved now (read after the stale change rolled back), for the 409 page. */
    private StaleVersion stale(long id) {
        return reading.execute(tx -> {
            MeetingContent saved = find(id).content();
            String bodyName = jdbc.sql("select name from governance_body where id = ?")
                    .param(saved.bodyId())
                    .query(String.class)
                    .single();
            List<SavedField> fields = new ArrayList<>();
            fields.add(SavedField.text("stale.field.body", bodyName));
            fields.add(SavedField.text("stale.field.title", saved.title()));
            fields.add(SavedField.text("stale.field.date", saved.date().french()));
            fields.add(SavedField.message("stale.field.status", saved.status().messageKey()));
            fields.add(SavedField.text("stale.field.place", saved.place()));
            fields.add(SavedField.text("stale.field.agenda", saved.agenda()));
            fields.add(SavedField.text("stale.field.minutesUrl", saved.minutesUrl()));
            fields.add(SavedField.text("stale.field.minutesText", saved.minutesText()));
            fields.add(SavedField.text("stale.field.bilanPeriod", saved.bilanPeriod()));
            fields.add(SavedField.text("stale.field.decisions", saved.decisions()));
            fields.add(SavedField.text("stale.field.sourceDocument", saved.sourceDocument()));
            fields.add(SavedField.text("stale.field.sourceExcerpt", saved.sourceExcerpt()));
            return new StaleVersion(fields, null, null);
        });
    }
}
