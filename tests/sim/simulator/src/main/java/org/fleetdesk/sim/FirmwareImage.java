package org.fleetdesk.sim;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A FleetDesk firmware image, format FDFW 1 (docs/firmware-image.md): "FDFW", u16 format version, u32 header
 * length (big-endian), UTF-8 JSON header, payload. {@link #check} returns the device's verdict.
 */
public final class FirmwareImage {

    static final byte[] MAGIC = "FDFW".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 1;
    private static final int PREAMBLE_LENGTH = 10;
    private static final int MAX_HEADER_LENGTH = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    public final String model;
    public final String version;
    private final long payloadSize;
    private final String payloadSha256;
    private final String signatureAlgorithm;
    private final String signature;
    private final byte[] payload;

    private FirmwareImage(JsonNode header, byte[] payload) {
        this.model = header.path("model").asText("");
        this.version = header.path("version").asText("");
        this.payloadSize = header.path("payload_size").asLong(-1);
        this.payloadSha256 = header.path("payload_sha256").asText("").toLowerCase();
        this.signatureAlgorithm = header.hasNonNull("sig_alg") ? header.get("sig_alg").asText() : null;
        this.signature = header.hasNonNull("sig") ? header.get("sig").asText() : null;
        this.payload = payload;
    }

    /** Result of {@link #parse}: an image, or the reason there is none. */
    public static final class Parsed {
        public final FirmwareImage image;
        public final FirmwareVerdict rejection;
        public final String reason;

        private Parsed(FirmwareImage image, FirmwareVerdict rejection, String reason) {
            this.image = image;
            this.rejection = rejection;
            this.reason = reason;
        }
    }

    /** Parses the framing; a wrong magic or format version is UNSUPPORTED_PACKAGE, a cut one INTEGRITY_FAILURE. */
    public static Parsed parse(byte[] data) {
        if (data.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC)) {
            return reject(FirmwareVerdict.UNSUPPORTED_PACKAGE, "not an FDFW image (magic)");
        }
        if (data.length < PREAMBLE_LENGTH) {
            return reject(FirmwareVerdict.INTEGRITY_FAILURE, "truncated preamble");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data); // big-endian
        buffer.position(MAGIC.length);
        int formatVersion = Short.toUnsignedInt(buffer.getShort());
        long headerLength = Integer.toUnsignedLong(buffer.getInt());
        if (formatVersion != FORMAT_VERSION) {
            return reject(FirmwareVerdict.UNSUPPORTED_PACKAGE, "unknown format version " + formatVersion);
        }
        if (headerLength > MAX_HEADER_LENGTH || PREAMBLE_LENGTH + headerLength > data.length) {
            return reject(FirmwareVerdict.INTEGRITY_FAILURE, "truncated header");
        }
        int payloadStart = PREAMBLE_LENGTH + (int) headerLength;
        JsonNode header;
        try {
            header = JSON.readTree(new String(data, PREAMBLE_LENGTH, (int) headerLength, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return reject(FirmwareVerdict.INTEGRITY_FAILURE, "header is not JSON");
        }
        if (header == null || !header.isObject()) {
            return reject(FirmwareVerdict.INTEGRITY_FAILURE, "header is not a JSON object");
        }
        byte[] payload = Arrays.copyOfRange(data, payloadStart, data.length);
        return new Parsed(new FirmwareImage(header, payload), null, null);
    }

    private static Parsed reject(FirmwareVerdict verdict, String reason) {
        return new Parsed(null, verdict, reason);
    }

    /** Full check of raw bytes for a device of {@code deviceModel}; {@code trustedKey} may be null. */
    public static Verdict check(byte[] data, String deviceModel, PublicKey trustedKey) {
        Parsed parsed = parse(data);
        if (parsed.image == null) {
            return new Verdict(parsed.rejection, parsed.reason, null);
        }
        return parsed.image.check(deviceModel, trustedKey);
    }

    /** A verdict with its reason, and the image when it was parsed. */
    public static final class Verdict {
        public final FirmwareVerdict verdict;
        public final String reason;
        public final FirmwareImage image;

        Verdict(FirmwareVerdict verdict, String reason, FirmwareImage image) {
            this.verdict = verdict;
            this.reason = reason;
            this.image = image;
        }

        public boolean valid() {
            return verdict == FirmwareVerdict.VALID;
        }
    }

    /** Header fields, payload size and hash, model, then (when a key is trusted) the signature. */
    public Verdict check(String deviceModel, PublicKey trustedKey) {
        if (model.isEmpty() || version.isEmpty() || payloadSize < 0 || !payloadSha256.matches("[0-9a-f]{64}")) {
            return verdict(FirmwareVerdict.INTEGRITY_FAILURE, "header misses model, version, size or hash");
        }
        if (payload.length != payloadSize) {
            return verdict(FirmwareVerdict.INTEGRITY_FAILURE,
                    "payload is " + payload.length + " bytes, header says " + payloadSize);
        }
        if (!sha256Hex(payload).equals(payloadSha256)) {
            return verdict(FirmwareVerdict.INTEGRITY_FAILURE, "payload SHA-256 does not match the header");
        }
        if (!model.equals(deviceModel)) {
            return verdict(FirmwareVerdict.UNSUPPORTED_PACKAGE, "image is for " + model + ", device is " + deviceModel);
        }
        if (signature != null && trustedKey != null && !signatureValid(trustedKey)) {
            return verdict(FirmwareVerdict.INTEGRITY_FAILURE, "signature does not verify");
        }
        return verdict(FirmwareVerdict.VALID, "ok");
    }

    private Verdict verdict(FirmwareVerdict verdict, String reason) {
        return new Verdict(verdict, reason, this);
    }

    public boolean signed() {
        return signature != null;
    }

    private boolean signatureValid(PublicKey key) {
        if (!"ed25519".equalsIgnoreCase(signatureAlgorithm)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedMessage(model, version, payloadSha256));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The bytes an image signature covers: {@code FDFW-SIG-1\n{model}\n{version}\n{payload_sha256}}. */
    static byte[] signedMessage(String model, String version, String payloadSha256) {
        return ("FDFW-SIG-1\n" + model + "\n" + version + "\n" + payloadSha256).getBytes(StandardCharsets.UTF_8);
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
