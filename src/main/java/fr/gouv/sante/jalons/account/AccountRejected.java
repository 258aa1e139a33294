package fr.gouv.sante.jalons.account;

/**
 * A business rule refused an account change. {@code field} names the form field to show it next to,
 * {@code messageKey} the French message.
 */
public class AccountRejected extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountRejected(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
