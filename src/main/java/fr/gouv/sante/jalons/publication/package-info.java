/**
 * The published record: what the public was shown of each progress report, revision by revision
 * (status with its basis, narrative, when and why), the publications of each period, and the
 * published figures. The public pages, the API, the open data and the bilans read it through
 * {@link fr.gouv.sante.jalons.publication.PublicationQueries}; the campaign appends to it through
 * {@link fr.gouv.sante.jalons.publication.PublicRecord}, and announces each publication with
 * {@link fr.gouv.sante.jalons.publication.PeriodPublished}. Every append is announced as
 * {@link fr.gouv.sante.jalons.cluster.PublicContentChanged}, so that the public caches are cleared
 * once it commits. Drafts never come out of here.
 *
 * <p>Rows: this module owns {@code publication} and {@code published_revision}. The reports, the
 * periods and the {@code measurement} rows are the campaign's (it writes them and stamps a figure
 * published when its report is); this module reads the published ones by id, in SQL, read-only.
 */
@ApplicationModule(allowedDependencies = {"account", "cluster", "shared"})
@NullMarked
package fr.gouv.sante.jalons.publication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
