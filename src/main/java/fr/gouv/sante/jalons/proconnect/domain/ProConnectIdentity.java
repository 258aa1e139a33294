package fr.gouv.sante.jalons.proconnect.domain;

import org.jspecify.annotations.Nullable;

/** What a ProConnect identity says of the person, as it came (nothing trusted yet but its signature). */
record ProConnectIdentity(
        @Nullable String email,
        @Nullable String uid,
        @Nullable String siret) {}
