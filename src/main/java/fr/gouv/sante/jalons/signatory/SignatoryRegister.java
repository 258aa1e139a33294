package fr.gouv.sante.jalons.signatory;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The DNS keeps the register of signatories: adds, corrects, records a withdrawal or a reinstatement,
 * imports a CSV file.
 * Administrators only; every change is in the audit trail. What is typed is checked here, the same way
 * for a form and for a file: a refusal ({@code InputRefused}) names each field with a message key
 * ({@code key|argument|...}), and nothing is saved.
 */
public interface SignatoryRegister {

    /** Field names of a refusal, as the forms and the import name them. */
    String LEGAL_NAME = "legalName";

    String SIREN = "siren";
    String SECTORS = "sectors";
    String SIGNED_ON = "signedOn";
    String CHARTER_VERSION = "charterVersion";
    String WITHDRAWN_ON = "withdrawnOn";
    String WITHDRAWAL_REASON = "withdrawalReason";
    String REINSTATED_ON = "reinstatedOn";
    String REINSTATEMENT_REASON = "reinstatementReason";

    /** Adds a signatory; returns its id. */
    long add(CurrentUser admin, SignatoryInput input);

    /** Corrects a signatory's entry; {@code StaleVersion} when it changed since {@code version}. */
    void update(CurrentUser admin, long id, SignatoryInput input, long version);

    /** Records that a signatory withdrew, on a date and for a reason (both required). */
    void withdraw(CurrentUser admin, long id, WithdrawalInput input, long version);

    /**
     * Makes a withdrawn signatory active again, on a date (not before the withdrawal, not in the future)
     * and for a reason (both required). The withdrawal is kept in the signatory's history.
     */
    void reinstate(CurrentUser admin, long id, ReinstatementInput input, long version);

    /** What importing this CSV text would do, row by row, with every bad cell named; saves nothing. */
    ImportPreview preview(CurrentUser admin, String csv);

    /**
     * Imports every row of the CSV text, all at once or not at all: {@link ImportRefused}, with the
     * preview naming the bad cells, when any row is refused. Returns the number of signatories added.
     */
    int apply(CurrentUser admin, String csv);

    /**
     * A signatory as typed: text only, so that what cannot be read comes back as typed, with its error.
     *
     * @param sectors the sectors ticked or listed, by code or French name
     * @param signedOn an ISO date ({@code 2024-03-31}) or a French one ({@code 31/03/2024})
     */
    record SignatoryInput(
            @Nullable String legalName,
            @Nullable String siren,
            List<String> sectors,
            @Nullable String signedOn,
            @Nullable String charterVersion) {

        public SignatoryInput {
            sectors = sectors == null ? List.of() : List.copyOf(sectors);
        }
    }

    /** A withdrawal as typed: its date (as {@link SignatoryInput#signedOn}) and its reason. */
    record WithdrawalInput(
            @Nullable String withdrawnOn, @Nullable String reason) {}

    /** A reinstatement as typed: its date (as {@link SignatoryInput#signedOn}) and its reason. */
    record ReinstatementInput(
            @Nullable String reinstatedOn, @Nullable String reason) {}
}
