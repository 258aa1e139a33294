/**
 * The roadmap administration's implementation: the reading and checking of an imported structure, behind the module's facades.
 */
@NullMarked
package fr.gouv.sante.jalons.roadmapadmin.domain;

import org.jspecify.annotations.NullMarked;
