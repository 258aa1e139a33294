package fr.gouv.sante.jalons.campaign;

import java.util.List;
import java.util.Map;

/**
 * What a validation of several reports did: the codes validated and, for each one refused, the key
 * of the message that says why (changed since displayed, no longer submitted...).
 */
public record BulkValidation(List<String> validated, Map<String, String> refused) {

    public BulkValidation {
        validated = List.copyOf(validated);
        refused = Map.copyOf(refused);
    }
}
