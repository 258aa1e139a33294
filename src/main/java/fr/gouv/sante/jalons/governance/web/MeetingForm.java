package fr.gouv.sante.jalons.governance.web;

import fr.gouv.sante.jalons.governance.MeetingChange;

/**
 * The meeting form: text only, as typed (a date that does not parse comes back as it was), checked by
 * {@link fr.gouv.sante.jalons.governance.MeetingEditing}. The version travels apart, as a request parameter.
 */
public class MeetingForm {

    private String body;
    private String title;
    private String date;
    private String dateNote;
    private String status;
    private String place;
    private String agenda;
    private String minutesUrl;
    private String minutesText;
    private String bilanPeriod;
    private String decisions;
    private String sourceDocument;
    private String sourceExcerpt;

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

    MeetingChange change(Long version) {
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

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getDateNote() {
        return dateNote;
    }

    public void setDateNote(String dateNote) {
        this.dateNote = dateNote;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getMinutesUrl() {
        return minutesUrl;
    }

    public void setMinutesUrl(String minutesUrl) {
        this.minutesUrl = minutesUrl;
    }

    public String getMinutesText() {
        return minutesText;
    }

    public void setMinutesText(String minutesText) {
        this.minutesText = minutesText;
    }

    public String getBilanPeriod() {
        return bilanPeriod;
    }

    public void setBilanPeriod(String bilanPeriod) {
        this.bilanPeriod = bilanPeriod;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public void setSourceDocument(String sourceDocument) {
        this.sourceDocument = sourceDocument;
    }

    public String getSourceExcerpt() {
        return sourceExcerpt;
    }

    public void setSourceExcerpt(String sourceExcerpt) {
        this.sourceExcerpt = sourceExcerpt;
    }
}
