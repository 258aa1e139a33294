/** The token pages of the back office, and the write API with its security and its problem documents. */
@NullMarked
package fr.gouv.sante.jalons.apiaccess.web;

import org.jspecify.annotations.NullMarked;
