package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.PasswordLinks.Purpose;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

// some mapped columns are written from Java and read only by SQL (queries, projections, the history):
// Hibernate uses them, so they are not unused
/** A single-use link sent by e-mail; only the SHA-256 of its secret is stored. */
@SuppressWarnings("UnusedVariable")
@Entity
@Table(name = "account_token")
class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private @Nullable Instant usedAt;

    protected AccountToken() {}

    AccountToken(long userId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    Long getUserId() {
        return userId;
    }

    Purpose getPurpose() {
        return purpose;
    }
}
