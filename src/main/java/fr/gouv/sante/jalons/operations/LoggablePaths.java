package fr.gouv.sante.jalons.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/** Request paths as they may be logged or shown: the secrets of every module ({@link PathSecrets}) masked. */
final class LoggablePaths {

    private final List<PathSecrets> secrets;

    LoggablePaths(List<PathSecrets> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    /** The request's path, without secrets. */
    String of(HttpServletRequest request) {
        return of(request.getRequestURI());
    }

    /** The path without secrets; null stays null. */
    @Contract("null -> null; !null -> !null")
    @Nullable
    String of(@Nullable String path) {
        String masked = path;
        for (PathSecrets module : secrets) {
            if (masked == null) {
                return null;
            }
            masked = module.withoutSecrets(masked);
        }
        return masked;
    }
}
