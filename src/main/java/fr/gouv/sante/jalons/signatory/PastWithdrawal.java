package fr.gouv.sante.jalons.signatory;

import java.time.LocalDate;

/**
 * A withdrawal of a signatory that ended when the DNS reinstated it: kept, and public, so that the
 * register never hides that a company once left the charter.
 *
 * @param withdrawnOn the withdrawal's date, as it was recorded
 * @param withdrawalReason its reason, as it was recorded
 * @param reinstatedOn the day the signatory became active again
 * @param reinstatementReason why (a withdrawal recorded by mistake, a new signature, ...)
 */
public record PastWithdrawal(
        LocalDate withdrawnOn, String withdrawalReason, LocalDate reinstatedOn, String reinstatementReason) {}
