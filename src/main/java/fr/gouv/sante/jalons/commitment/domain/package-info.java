/** The follow-up's rows (leads, reports) and the services that change and read them. */
@NullMarked
package fr.gouv.sante.jalons.commitment.domain;

import org.jspecify.annotations.NullMarked;
