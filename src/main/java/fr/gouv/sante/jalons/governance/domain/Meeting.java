package fr.gouv.sante.jalons.governance.domain;

import fr.gouv.sante.jalons.governance.MeetingDate;
import fr.gouv.sante.jalons.governance.MeetingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A meeting of a governance body, as its source states it; the public page and the API read it by SQL. */
@Entity
@Table(name = "governance_meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    private @Nullable String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    private MeetingDate.Precision datePrecision;

    @Column(name = "date_note")
    private @Nullable String dateNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;

    private @Nullable String place;

    private @Nullable String agenda;

    @Column(name = "minutes_url")
    private @Nullable String minutesUrl;

    @Column(name = "minutes_text")
    private @Nullable String minutesText;

    @Column(name = "bilan_period")
    private @Nullable String bilanPeriod;

    private @Nullable String decisions;

    @Column(name = "source_document")
    private @Nullable String sourceDocument;

    @Column(name = "source_excerpt")
    private @Nullable String sourceExcerpt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Meeting() {}

    Meeting(MeetingContent content, Instant now) {
        this.recordedAt = now;
        fill(content, now);
    }

    /** Replaces everything the form edits; the values were checked by the editing service. */
    void change(MeetingContent content, Instant now) {
        fill(content, now);
    }

    // private, so that the constructor is seen to set every field it calls it for
    private void fill(MeetingContent content, Instant now) {
        this.bodyId = content.bodyId();
        this.title = content.title();
        this.heldOn = content.date().date();
        this.datePrecision = content.date().precision();
        this.dateNote = content.dateNote();
        this.status = content.status();
        this.place = content.place();
        this.agenda = content.agenda();
        this.minutesUrl = content.minutesUrl();
        this.minutesText = content.minutesText();
        this.bilanPeriod = content.bilanPeriod();
        this.decisions = content.decisions();
        this.sourceDocument = content.sourceDocument();
        this.sourceExcerpt = content.sourceExcerpt();
        this.updatedAt = now;
    }

    MeetingContent content() {
        return new MeetingContent(
                bodyId,
                title,
                new MeetingDate(heldOn, datePrecision),
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

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }
}
