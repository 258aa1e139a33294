/**
 * The State's commitments of the e-health charter followed like objectives: their lead organisations
 * (named by the DNS through {@link fr.gouv.sante.jalons.commitment.CommitmentLeads}), and a semester
 * report per commitment, written by the leads' editors in the objectives' campaign
 * ({@link fr.gouv.sante.jalons.commitment.CommitmentReporting}), reviewed by the DNS and published with
 * the period ({@link fr.gouv.sante.jalons.commitment.CommitmentReview}). The charter's public pages read
 * the follow-up through the port the charter declares ({@code charter.CommitmentFollowUps}).
 *
 * <p>Rows: this module owns the {@code commitment_*} tables. A commitment is the charter's row, a period
 * the campaign's and an organisation the organisation module's, all referred to by id.
 */
@ApplicationModule(
        allowedDependencies = {"charter", "campaign", "publication", "account", "organisation", "cluster", "shared"})
@NullMarked
package fr.gouv.sante.jalons.commitment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
