package fr.gouv.sante.jalons.bilan.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jalons.bilan.*}: whether a publication has its edition's PDF written as soon as it commits
 * ({@code write-after-publication}, true). Off, the edition stays pending until the next start or
 * {@link BilanEditions#writePending()}: the tests turn it off, so that the many publications whose
 * bilan no test reads do not each spend seconds of CPU rendering it.
 */
@ConfigurationProperties("jalons.bilan")
record BilanProperties(@DefaultValue("true") boolean writeAfterPublication) {}
