package fr.gouv.sante.jalons.apiaccess;

/**
 * A token just created, with its secret: the only time the secret exists outside the system that will
 * hold it. Only its hash is stored.
 */
public record CreatedToken(ApiTokenSummary token, String secret) {

    @Override
    public String toString() {
        // never in a log line
        return "CreatedToken[" + token.id() + "]";
    }
}
