package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.Role;
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
import org.jspecify.annotations.Nullable;

// some mapped columns are written from Java and read only by SQL (queries, projections, the history):
// Hibernate uses them, so they are not unused
/** A person who signs in to the back office. */
@SuppressWarnings("UnusedVariable")
@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String displayName;

    private @Nullable String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    /** The organisation lives in another module: referenced by id. */
    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    private boolean enabled = true;

    /** Bumped to end every open session of the account: a session signed in at another generation is over. */
    private int sessionGeneration;

    /** The ProConnect identity's uid, remembered at the first ProConnect sign-in. */
    @Column(name = "proconnect_uid")
    private @Nullable String proConnectUid;

    /** Set by the DNS: only ProConnect signs this account in. */
    @Column(name = "proconnect_only")
    private boolean proConnectOnly;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected AppUser() {}

    AppUser(
            String email,
            String displayName,
            @Nullable String passwordHash,
            Role role,
            @Nullable Long organisationId,
            Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisationId = organisationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void endSessions(Instant now) {
        this.sessionGeneration++;
        this.updatedAt = now;
    }

    int getSessionGeneration() {
        return sessionGeneration;
    }

    void changeRole(Role role, @Nullable Long organisationId, Instant now) {
        this.role = role;
        this.organisationId = organisationId;
        this.updatedAt = now;
    }

    void choosePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    /** False while an invited person has not chosen a password yet. */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    /**
     * Disabling also ends every open session for good: a session that sent nothing while the account
     * was disabled must not find it enabled again at its next request.
     */
    void changeEnabled(boolean enabled, Instant now) {
        if (!enabled) {
            endSessions(now);
        }
        this.enabled = enabled;
        this.updatedAt = now;
    }

    void rememberProConnectUid(String uid, Instant now) {
        this.proConnectUid = uid;
        this.updatedAt = now;
    }

    void changeProConnectOnly(boolean proConnectOnly, Instant now) {
        if (proConnectOnly && !this.proConnectOnly) {
            // a session opened with the password the account may no longer use ends now
            endSessions(now);
        }
        this.proConnectOnly = proConnectOnly;
        this.updatedAt = now;
    }

    public @Nullable String getProConnectUid() {
        return proConnectUid;
    }

    public boolean isProConnectOnly() {
        return proConnectOnly;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getVersion() {
        return version;
    }
}
