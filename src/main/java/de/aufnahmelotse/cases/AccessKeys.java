package de.aufnahmelotse.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Access keys: 256 random bits from {@link SecureRandom}, base64url without padding (43 characters), stored only as
 * their SHA-256 (a fast hash suffices for a secret with that much entropy: no dictionary to try), compared in
 * constant time. Case ids are random too (UUID v4), so neither reveals another.
 */
public final class AccessKeys {
    static final int KEY_BYTES = 32;
    /** Compared against when a case does not exist, so a miss costs what a wrong key costs. */
    private static final byte[] NO_CASE = new byte[32];

    private final SecureRandom random = new SecureRandom();

    public String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String newId() {
        return java.util.UUID.randomUUID().toString();
    }

    public static String hash(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    /** Whether {@code access} opens a case whose key hash is {@code storedHash} (null: no such case). */
    public static boolean permits(Access access, String storedHash) {
        byte[] stored = storedHash == null ? NO_CASE : HexFormat.of().parseHex(storedHash);
        byte[] given = access instanceof Access.Key k && k.secret() != null ? sha256(k.secret()) : new byte[32];
        boolean equal = MessageDigest.isEqual(given, stored);
        return equal && storedHash != null && access instanceof Access.Key;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
