/**
 * E-mail: the outbox (every mail written in the transaction of the change that causes it, delivered
 * once committed and retried until the SMTP server takes it), the French text templates, the
 * administrators' page "Courriels"; the mails of accounts (invitation, password reset) and of the
 * campaign (opening, reminders sent once per organisation, report sent back, publication), which it
 * sends by listening to the events of {@code account} and {@code progress}; and the export of the
 * campaign's state, which shows the reminders sent.
 */
@ApplicationModule(
        allowedDependencies = {"account", "campaign", "followup", "publication", "organisation", "roadmap", "shared"})
@NullMarked
package fr.gouv.sante.jalons.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
