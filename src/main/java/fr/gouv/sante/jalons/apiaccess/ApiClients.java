package fr.gouv.sante.jalons.apiaccess;

/** Recognises the bearer of a token on each API request, and counts the request against its throttle. */
public interface ApiClients {

    /** The outcome for a request that presents {@code secret}; a valid token's use is recorded. */
    Outcome authenticate(String secret);

    /** Accepted, refused or throttled. */
    sealed interface Outcome {}

    record Accepted(ApiClient client) implements Outcome {}

    /** No access: {@code reason} says why, in words the caller may read (they hold the secret). */
    record Refused(Reason reason) implements Outcome {}

    /** Too many requests in the current minute: try again in {@code retryAfterSeconds}. */
    record Throttled(long retryAfterSeconds) implements Outcome {}

    /** Why a token is refused. */
    enum Reason {
        UNKNOWN,
        EXPIRED,
        REVOKED,
        /** The person who created it no longer holds the rights it gives (disabled, moved, made reader). */
        CREATOR_WITHOUT_RIGHTS
    }
}
