package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InteractionSignatureTest {

    private static final String TIMESTAMP = "1737482400";
    private static final byte[] BODY = "{\"type\":1,\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);

    private static KeyPair keys;
    private static String publicKeyHex;

    @BeforeAll
    static void generateKeys() throws GeneralSecurityException {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        publicKeyHex = rawPublicKeyHex(keys);
    }

    /** What Discord shows as the application's public key: the 32 raw bytes, the tail of the X.509 encoding. */
    static String rawPublicKeyHex(KeyPair pair) {
        byte[] x509 = pair.getPublic().getEncoded();
        return HexFormat.of().formatHex(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
    }

    static String sign(KeyPair pair, String timestamp, byte[] body) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
        signer.update(body);
        return HexFormat.of().formatHex(signer.sign());
    }

    @Test
    void aSignatureOverTimestampAndRawBodyIsValid() throws Exception {
        assertTrue(InteractionSignature.isValid(publicKeyHex, sign(keys, TIMESTAMP, BODY), TIMESTAMP, BODY));
        assertTrue(InteractionSignature.isValid(publicKeyHex.toUpperCase(), sign(keys, TIMESTAMP, BODY), TIMESTAMP, BODY));
    }

    @Test
    void manyKeysRoundTrip() throws Exception {
        for (int i = 0; i < 50; i++) {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            assertTrue(InteractionSignature.isValid(rawPublicKeyHex(pair), sign(pair, TIMESTAMP, BODY), TIMESTAMP, BODY),
                    "key " + rawPublicKeyHex(pair));
        }
    }

    @Test
    void anyChangeBreaksIt() throws Exception {
        String signature = sign(keys, TIMESTAMP, BODY);
        byte[] reformatted = "{\"type\": 1, \"id\": \"1\"}".getBytes(StandardCharsets.UTF_8);
        assertFalse(InteractionSignature.isValid(publicKeyHex, signature, TIMESTAMP, reformatted), "same JSON, other bytes");
        assertFalse(InteractionSignature.isValid(publicKeyHex, signature, "1737482401", BODY));
        String otherKey = rawPublicKeyHex(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        assertFalse(InteractionSignature.isValid(otherKey, signature, TIMESTAMP, BODY));
        char[] flipped = signature.toCharArray();
        flipped[10] = flipped[10] == '0' ? '1' : '0';
        assertFalse(InteractionSignature.isValid(publicKeyHex, new String(flipped), TIMESTAMP, BODY));
    }

    @Test
    void missingOrMalformedPartsAreInvalidNotErrors() throws Exception {
        String signature = sign(keys, TIMESTAMP, BODY);
        assertFalse(InteractionSignature.isValid(null, signature, TIMESTAMP, BODY));
        assertFalse(InteractionSignature.isValid(publicKeyHex, null, TIMESTAMP, BODY));
        assertFalse(InteractionSignature.isValid(publicKeyHex, signature, null, BODY));
        assertFalse(InteractionSignature.isValid("zz" + publicKeyHex.substring(2), signature, TIMESTAMP, BODY));
        assertFalse(InteractionSignature.isValid(publicKeyHex.substring(2), signature, TIMESTAMP, BODY));
        assertFalse(InteractionSignature.isValid(publicKeyHex, "not-hex", TIMESTAMP, BODY));
        assertFalse(InteractionSignature.isValid(publicKeyHex, signature.substring(2), TIMESTAMP, BODY));
        assertFalse(InteractionSignature.isValid("", "", "", new byte[0]));
    }

    @Test
    void aTimestampMoreThanFiveMinutesOffIsStale() {
        Instant now = Instant.ofEpochSecond(1737482400);
        assertTrue(InteractionSignature.isFresh("1737482400", now));
        assertTrue(InteractionSignature.isFresh("1737482700", now), "5 min ahead");
        assertTrue(InteractionSignature.isFresh("1737482100", now), "5 min behind");
        assertFalse(InteractionSignature.isFresh("1737482701", now));
        assertFalse(InteractionSignature.isFresh("1737482099", now));
        assertFalse(InteractionSignature.isFresh("17374824000", now), "a digit too many");
    }

    @Test
    void aTimestampThatIsNoNumberIsStale() {
        Instant now = Instant.ofEpochSecond(1737482400);
        for (String timestamp : new String[] {"", "abc", "-1737482400", "1737482400.5", "99999999999999999999", "0x1"}) {
            assertFalse(InteractionSignature.isFresh(timestamp, now), timestamp);
        }
        assertFalse(InteractionSignature.isFresh(null, now));
    }
}
