package fr.gouv.sante.jalons.account.domain;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code jalons.security.*}: Argon2id's cost, {@code password-memory} in KiB and
 * {@code password-iterations} passes (see {@link AccountSecurity}). Both required: no default in code,
 * application.properties sets production's. Argon2 needs at least 8 KiB per lane (one lane here).
 */
@ConfigurationProperties("jalons.security")
@Validated
record PasswordHashingProperties(
        @NotNull @Min(8) Integer passwordMemory,
        @NotNull @Min(1) Integer passwordIterations) {}
