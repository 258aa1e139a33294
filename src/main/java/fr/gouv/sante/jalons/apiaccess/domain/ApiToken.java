package fr.gouv.sante.jalons.apiaccess.domain;

import fr.gouv.sante.jalons.apiaccess.TokenScope;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * An API token: its secret's hash, never the secret. Dynamic updates: each request writes its last use
 * and throttle count with one SQL statement of its own, which a revocation must not overwrite.
 */
@Entity
@Table(name = "api_token")
@DynamicUpdate
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;
    private long organisationId;

    @Enumerated(EnumType.STRING)
    private TokenScope scope;

    @Column(name = "secret_hash")
    private String secretHash;

    private String hint;
    private long createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant revokedAt;
    private @Nullable Long revokedBy;

    @Column(insertable = false, updatable = false)
    private @Nullable Instant lastUsedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init") // for JPA only
    protected ApiToken() {}

    ApiToken(
            String name,
            long organisationId,
            TokenScope scope,
            String secretHash,
            String hint,
            long createdBy,
            Instant createdAt,
            Instant expiresAt) {
        this.name = name;
        this.organisationId = organisationId;
        this.scope = scope;
        this.secretHash = secretHash;
        this.hint = hint;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void revoke(long by, Instant at) {
        this.revokedAt = at;
        this.revokedBy = by;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** What the audit trail keeps of it: never the secret nor its hash. */
    Map<String, Object> snapshot(String organisationAcronym) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("organisation", organisationAcronym);
        row.put("scope", scope.name());
        row.put("hint", hint);
        row.put("expiresOn", lastDay().toString());
        return row;
    }

    /** The last day it works: it stops at the start of the next one, Paris time. */
    LocalDate lastDay() {
        return expiresAt.atZone(FrenchFormat.PARIS).toLocalDate().minusDays(1);
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("token not saved yet");
        }
        return id;
    }

    String getName() {
        return name;
    }

    long getOrganisationId() {
        return organisationId;
    }

    TokenScope getScope() {
        return scope;
    }

    String getHint() {
        return hint;
    }

    long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant getRevokedAt() {
        return revokedAt;
    }

    @Nullable
    Long getRevokedBy() {
        return revokedBy;
    }

    @Nullable
    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    long getVersion() {
        return version;
    }
}
