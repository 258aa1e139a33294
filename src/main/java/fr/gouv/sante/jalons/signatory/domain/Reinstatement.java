package fr.gouv.sante.jalons.signatory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A signatory's withdrawal that ended when the DNS reinstated it: the withdrawal as it was recorded,
 * and the reinstatement's date and reason. Never changed once written; the signatory is referred to by
 * id, read with the register in one statement for all signatories.
 */
@Entity
@Table(name = "charter_signatory_reinstatement")
class Reinstatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long signatoryId;

    private LocalDate withdrawnOn;

    private String withdrawalReason;

    private LocalDate reinstatedOn;

    private String reason;

    private Instant recordedAt;

    protected Reinstatement() {}

    Reinstatement(
            long signatoryId,
            LocalDate withdrawnOn,
            String withdrawalReason,
            LocalDate reinstatedOn,
            String reason,
            Instant recordedAt) {
        this.signatoryId = signatoryId;
        this.withdrawnOn = withdrawnOn;
        this.withdrawalReason = withdrawalReason;
        this.reinstatedOn = reinstatedOn;
        this.reason = reason;
        this.recordedAt = recordedAt;
    }

    Long getId() {
        return id;
    }

    long getSignatoryId() {
        return signatoryId;
    }

    LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    String getWithdrawalReason() {
        return withdrawalReason;
    }

    LocalDate getReinstatedOn() {
        return reinstatedOn;
    }

    String getReason() {
        return reason;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
