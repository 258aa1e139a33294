package fr.gouv.sante.jalons.signatory.domain;

import fr.gouv.sante.jalons.signatory.Sector;
import fr.gouv.sante.jalons.signatory.SignatoryStatus;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A company of the register of signatories of the charter. */
@Entity
@Table(name = "charter_signatory")
class Signatory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String legalName;

    private String siren;

    private boolean sanitaire;

    private boolean medicoSocial;

    private boolean social;

    private LocalDate signedOn;

    private String charterVersion;

    @Enumerated(EnumType.STRING)
    private SignatoryStatus status;

    private @Nullable LocalDate withdrawnOn;

    private @Nullable String withdrawalReason;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Signatory() {}

    Signatory(
            String legalName,
            String siren,
            Collection<Sector> sectors,
            LocalDate signedOn,
            String charterVersion,
            Instant now) {
        this.status = SignatoryStatus.ACTIVE;
        this.createdAt = now;
        fill(legalName, siren, sectors, signedOn, charterVersion, now);
    }

    void change(
            String legalName,
            String siren,
            Collection<Sector> sectors,
            LocalDate signedOn,
            String charterVersion,
            Instant now) {
        fill(legalName, siren, sectors, signedOn, charterVersion, now);
    }

    // private, so that the constructor is seen to set every field it calls it for
    private void fill(
            String legalName,
            String siren,
            Collection<Sector> sectors,
            LocalDate signedOn,
            String charterVersion,
            Instant now) {
        this.legalName = legalName;
        this.siren = siren;
        this.sanitaire = sectors.contains(Sector.SANITAIRE);
        this.medicoSocial = sectors.contains(Sector.MEDICO_SOCIAL);
        this.social = sectors.contains(Sector.SOCIAL);
        this.signedOn = signedOn;
        this.charterVersion = charterVersion;
        this.updatedAt = now;
    }

    void withdraw(LocalDate on, String reason, Instant now) {
        this.status = SignatoryStatus.WITHDRAWN;
        this.withdrawnOn = on;
        this.withdrawalReason = reason;
        this.updatedAt = now;
    }

    /**
     * Active again. The withdrawal it ends is not erased: it is returned, with the reinstatement, to be
     * kept in the signatory's history.
     */
    Reinstatement reinstate(LocalDate on, String reason, Instant now) {
        // only a withdrawn signatory is reinstated: the register checks its status first
        Reinstatement ended = new Reinstatement(
                id,
                Objects.requireNonNull(withdrawnOn, "withdrawn"),
                Objects.requireNonNull(withdrawalReason, "withdrawn"),
                on,
                reason,
                now);
        this.status = SignatoryStatus.ACTIVE;
        this.withdrawnOn = null;
        this.withdrawalReason = null;
        this.updatedAt = now;
        return ended;
    }

    Long getId() {
        return id;
    }

    String getLegalName() {
        return legalName;
    }

    String getSiren() {
        return siren;
    }

    List<Sector> sectors() {
        List<Sector> sectors = new ArrayList<>();
        if (sanitaire) {
            sectors.add(Sector.SANITAIRE);
        }
        if (medicoSocial) {
            sectors.add(Sector.MEDICO_SOCIAL);
        }
        if (social) {
            sectors.add(Sector.SOCIAL);
        }
        return sectors;
    }

    LocalDate getSignedOn() {
        return signedOn;
    }

    String getCharterVersion() {
        return charterVersion;
    }

    SignatoryStatus getStatus() {
        return status;
    }

    @Nullable
    LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    @Nullable
    String getWithdrawalReason() {
        return withdrawalReason;
    }

    long getVersion() {
        return version;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
