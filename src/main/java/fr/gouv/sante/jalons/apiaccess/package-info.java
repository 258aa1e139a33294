/**
 * Machine access: the API tokens that let an organisation's own systems write its progress reports
 * ({@link fr.gouv.sante.jalons.apiaccess.ApiTokens}: created by the DNS or the organisation's editors,
 * shown once, stored hashed, expiring, revocable, throttled), and the write API they open,
 * {@code /api/v1/campaigns/{period}/reports/{code}}, which saves through the campaign's own service,
 * with the form's rules. A token acts as an editor of its organisation, in the name of the person who
 * created it; it never holds more than that person still does.
 *
 * <p>Rows: this module owns the {@code api_token} table.
 */
@ApplicationModule(allowedDependencies = {"campaign", "publication", "account", "organisation", "shared"})
@NullMarked
package fr.gouv.sante.jalons.apiaccess;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
