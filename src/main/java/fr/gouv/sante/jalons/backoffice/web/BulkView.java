package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.campaign.BulkValidation;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;

/**
 * What a validation of several reports did, in sentences. A flash attribute, kept in the JDBC
 * session: serializable.
 */
record BulkView(String validated, List<String> refused) implements Serializable {

    static BulkView of(BulkValidation result, int malformed, MessageSource messages) {
        List<String> refused = new ArrayList<>();
        result.refused().forEach((code, reason) -> refused.add(message(messages, reason, code)));
        if (malformed > 0) {
            refused.add(message(messages, "review.bulk.refused.malformed", malformed));
        }
        String validated = result.validated().isEmpty()
                ? message(messages, "review.bulk.validated.none")
                : message(
                        messages,
                        "review.bulk.validated",
                        result.validated().size(),
                        String.join(", ", result.validated()));
        return new BulkView(validated, List.copyOf(refused));
    }

    private static String message(MessageSource messages, String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
