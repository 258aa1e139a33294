/**
 * The semester report (bilan) of each publication of a period: a frozen, numbered PDF edition whose
 * bytes and SHA-256 never change, the "what changed" page between consecutive periods, errata, and
 * the Atom feeds of publications, corrections and re-baselinings. It depends on {@code account} only
 * to let administrators see and retry the generation.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"roadmap", "publication", "organisation", "account", "cluster", "shared"})
@NullMarked
package fr.gouv.sante.jalons.bilan;

import org.jspecify.annotations.NullMarked;
