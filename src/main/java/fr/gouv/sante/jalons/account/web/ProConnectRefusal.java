package fr.gouv.sante.jalons.account.web;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why the sign-in page says a ProConnect sign-in was refused, from its parameter {@code proconnect}
 * and the details the refusal left in a flash attribute (the address; or the SIRET received and the
 * one expected). A page opened again, without them, says the same without the details.
 *
 * @param messageKey the sentence, whose arguments are {@code arguments}
 * @param address the address ProConnect gave, said below the sentence when known
 */
record ProConnectRefusal(
        String messageKey, List<String> arguments, @Nullable String address) {

    static Optional<ProConnectRefusal> of(@Nullable String reason, @Nullable List<?> details) {
        if (reason == null) {
            return Optional.empty();
        }
        List<String> given = details == null
                ? List.of()
                : details.stream().map(String::valueOf).toList();
        @Nullable String address = given.size() == 1 && !given.get(0).isBlank() ? given.get(0) : null;
        return Optional.of(
                switch (reason) {
                    case "inconnu" -> new ProConnectRefusal("login.proconnect.unknown", List.of(), address);
                    case "desactive" -> new ProConnectRefusal("login.proconnect.disabled", List.of(), address);
                    case "identite" -> new ProConnectRefusal("login.proconnect.uid", List.of(), address);
                    case "incomplete" -> new ProConnectRefusal("login.proconnect.incomplete", List.of(), null);
                    case "uniquement" -> new ProConnectRefusal("login.proconnect.only", List.of(), null);
                    case "siret" ->
                        given.size() == 2
                                ? new ProConnectRefusal("login.proconnect.siret", given, null)
                                : new ProConnectRefusal("login.proconnect.siret.bare", List.of(), null);
                    default -> new ProConnectRefusal("login.proconnect.failed", List.of(), null);
                });
    }

    /** The arguments as {@code #messages.msgWithParams} takes them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
