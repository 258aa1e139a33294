package fr.gouv.sante.jalons.apiaccess.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A token's secret: a recognisable prefix (secret scanners and people can tell what it is) and 256
 * random bits. Stored as its SHA-256: with that much randomness a slow password hash would protect
 * nothing more and cost every request.
 */
final class TokenSecrets {

    static final String PREFIX = "jalons_";
    private static final int HINT_LENGTH = PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hint(String secret) {
        return secret.substring(0, HINT_LENGTH);
    }
}
