package fr.gouv.sante.jalons.signatory;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A company of the register of signatories.
 *
 * @param sectors at least one, in the charter's order (sanitaire, médico-social, social)
 * @param charterVersion the label of the version it signed ({@code 2021}, {@code 2023})
 * @param withdrawnOn when it withdrew; null while active
 * @param withdrawalReason why; null while active
 * @param version the optimistic-locking version an edit form carries
 * @param pastWithdrawals the withdrawals that ended with a reinstatement, oldest first; empty for most
 */
public record SignatorySummary(
        long id,
        String legalName,
        Siren siren,
        List<Sector> sectors,
        LocalDate signedOn,
        String charterVersion,
        SignatoryStatus status,
        @Nullable LocalDate withdrawnOn,
        @Nullable String withdrawalReason,

        long version,
        List<PastWithdrawal> pastWithdrawals) {

    public SignatorySummary {
        sectors = List.copyOf(sectors);
        pastWithdrawals = List.copyOf(pastWithdrawals);
    }

    public boolean active() {
        return status == SignatoryStatus.ACTIVE;
    }

    /** The same entry with another version: what a form shows again, the version it started from kept. */
    public SignatorySummary withVersion(long otherVersion) {
        return new SignatorySummary(
                id,
                legalName,
                siren,
                sectors,
                signedOn,
                charterVersion,
                status,
                withdrawnOn,
                withdrawalReason,
                otherVersion,
                pastWithdrawals);
    }
}
