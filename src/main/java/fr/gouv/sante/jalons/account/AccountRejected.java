package fr.gouv.sante.jalons.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A business rule refused an account change. {@code field} names the form field to show it next to,
 * {@code messageKey} the French message; {@link #errors()} holds every refusal when there were several.
 */
public class AccountRejected extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Map<String, String> errors;

    public AccountRejected(String field, String messageKey) {
        this(new LinkedHashMap<>(Map.of(field, messageKey)));
    }

    /** Several refusals at once (a form with several wrong fields): message keys by field, in checking order. */
    public AccountRejected(Map<String, String> errors) {
        super(String.join(", ", errors.values()));
        Map.Entry<String, String> first = errors.entrySet().iterator().next();
        this.field = first.getKey();
        this.messageKey = first.getValue();
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Every refusal: message keys by field. */
    public Map<String, String> errors() {
        return errors;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
