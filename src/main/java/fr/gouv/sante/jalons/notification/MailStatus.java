package fr.gouv.sante.jalons.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for (another) delivery attempt. */
    PENDING,
    /** Taken by the SMTP server. */
    SENT,
    /** Gave up after the maximum number of attempts; an administrator may send it again. */
    FAILED;

    public String messageKey() {
        return "mails.status." + name();
    }
}
