package fr.gouv.sante.jalons.governance.web;

import fr.gouv.sante.jalons.governance.MeetingChange;
import org.jspecify.annotations.Nullable;

/**
 * The meeting form: text only, as typed (a date that does not parse comes back as it was), checked by
 * {@link fr.gouv.sante.jalons.governance.MeetingEditing}. The version travels apart, as a request parameter.
 */
public class MeetingForm {

    private @Nullable String body;
    private @Nullable String title;
    private @Nullable String date;
    private @Nullable String dateNote;
    private @Nullable String status;
    private @Nullable String place;
    private @Nullable String agenda;
    private @Nullable String minutesUrl;
    private @Nullable String minutesText;
    private @Nullable String bilanPeriod;
    private @Nullable String decisions;
    private @Nullable String sourceDocument;
    private @Nullable String sourceExcerpt;

    static MeetingForm of(MeetingChange meeting) {
        MeetingForm form = new MeetingForm();
        form.body = meeting.body();
        form.title = meeting.title();
        form.date = meeting.date();
        form.dateNote = meeting.dateNote();
        form.status = meeting.status();
        form.place = meeting.place();
        form.agenda = meeting.agenda();
        form.minutesUrl = meeting.minutesUrl();
        form.minutesText = meeting.minutesText();
        form.bilanPeriod = meeting.bilanPeriod();
        form.decisions = meeting.decisions();
        form.sourceDocument = meeting.sourceDocument();
        form.sourceExcerpt = meeting.sourceExcerpt();
        return form;
    }

    MeetingChange change(@Nullable Long version) {
        return new MeetingChange(
                body,
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
                sourceExcerpt,
                version);
    }

    public @Nullable String getBody() {
        return body;
    }

    public void setBody(@Nullable String body) {
        this.body = body;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getDate() {
        return date;
    }

    public void setDate(@Nullable String date) {
        this.date = date;
    }

    public @Nullable String getDateNote() {
        return dateNote;
    }

    public void setDateNote(@Nullable String dateNote) {
        this.dateNote = dateNote;
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable String getAgenda() {
        return agenda;
    }

    public void setAgenda(@Nullable String agenda) {
        this.agenda = agenda;
    }

    public @Nullable String getMinutesUrl() {
        return minutesUrl;
    }

    public void setMinutesUrl(@Nullable String minutesUrl) {
        this.minutesUrl = minutesUrl;
    }

    public @Nullable String getMinutesText() {
        return minutesText;
    }

    public void setMinutesText(@Nullable String minutesText) {
        this.minutesText = minutesText;
    }

    public @Nullable String getBilanPeriod() {
        return bilanPeriod;
    }

    public void setBilanPeriod(@Nullable String bilanPeriod) {
        this.bilanPeriod = bilanPeriod;
    }

    public @Nullable String getDecisions() {
        return decisions;
    }

    public void setDecisions(@Nullable String decisions) {
        this.decisions = decisions;
    }

    public @Nullable String getSourceDocument() {
        return sourceDocument;
    }

    public void setSourceDocument(@Nullable String sourceDocument) {
        this.sourceDocument = sourceDocument;
    }

    public @Nullable String getSourceExcerpt() {
        return sourceExcerpt;
    }

    public void setSourceExcerpt(@Nullable String sourceExcerpt) {
        this.sourceExcerpt = sourceExcerpt;
    }
}
