package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.Role;

/** The part of an account that an open session must agree with (read per request, by primary key). */
record AccountState(String email, String displayName, Role role, Long organisationId, boolean enabled,
                    int sessionGeneration) {
}
