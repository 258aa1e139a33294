/**
 * The roadmaps' back office: the DNS's list of roadmaps and their moves between states, the pages
 * editing an objective's structure, indicators and continuations, and the import of a roadmap's
 * structure from a spreadsheet ({@link fr.gouv.sante.jalons.roadmapadmin.StructureImport}), which
 * reads and checks the file here. Every change goes through the roadmap's facades, which own the
 * rules and the rows: the import writes through {@link fr.gouv.sante.jalons.roadmap.StructureWriting}.
 */
@ApplicationModule(allowedDependencies = {"roadmap", "organisation", "account", "shared"})
@NullMarked
package fr.gouv.sante.jalons.roadmapadmin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
