/** The tokens' rows, their secrets and the checks made on each request. */
@NullMarked
package fr.gouv.sante.jalons.apiaccess.domain;

import org.jspecify.annotations.NullMarked;
