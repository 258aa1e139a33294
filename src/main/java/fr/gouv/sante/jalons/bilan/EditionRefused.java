package fr.gouv.sante.jalons.bilan;

/** A new edition cannot be issued; {@code messageKey} says why, in French. */
public class EditionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public EditionRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
