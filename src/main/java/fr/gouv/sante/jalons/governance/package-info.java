/**
 * The governance of the roadmap: its bodies (the Conseil du numérique en santé, its working groups, the
 * charter's review meeting, the roadmap's public events) and their meetings, each with its date as
 * precise as its source, its status (held or only announced) and the sentence of the document it comes
 * from. Read through {@link fr.gouv.sante.jalons.governance.GovernanceQueries}; administrators add and
 * change meetings through {@link fr.gouv.sante.jalons.governance.MeetingEditing}, every change audited.
 * The public page {@code /instances} and its Atom feed are here; the open data reads the meetings
 * through the queries. It reads the published periods ({@code publication}) to link a meeting to the
 * bilan it presented, and announces every change of a meeting to the public caches ({@code cluster}).
 */
@ApplicationModule(allowedDependencies = {"account", "publication", "cluster", "shared"})
@NullMarked
package fr.gouv.sante.jalons.governance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
