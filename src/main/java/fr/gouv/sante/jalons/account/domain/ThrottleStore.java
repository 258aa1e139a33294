package fr.gouv.sante.jalons.account.domain;

import java.time.Instant;
import java.util.Optional;

/** Where {@link LoginThrottle} keeps its counts: PostgreSQL in the application, so that every node shares them. */
interface ThrottleStore {

    /** What a failure is counted against. */
    enum Scope {
        PAIR,
        ADDRESS,
        ACCOUNT
    }

    /** Recent failures of one subject. */
    record Failures(int count, Instant last) {}

    Optional<Failures> failures(Scope scope, String subject);

    /** Counts one more failure at {@code at}; failures older than {@code forgetBefore} are forgotten first. */
    void recordFailure(Scope scope, String subject, Instant at, Instant forgetBefore);

    void clear(Scope scope, String subject);

    Optional<Instant> waitUntil(String account, String address);

    void setWaitUntil(String account, String address, Instant notBefore);

    void clearWait(String account, String address);
}
