package org.fleetdesk.sandbox;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.eclipse.leshan.core.util.Hex;
import org.eclipse.leshan.server.security.SecurityInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON form of a Leshan {@link SecurityInfo}, as the Leshan 2.0.0-M4 server demo's
 * {@code /api/security/clients} uses it:
 *
 * <pre>
 * {"endpoint":"ep1","psk":{"identity":"ep1-id","key":"hex"}}
 * {"endpoint":"ep1","rpk":{"x":"hex","y":"hex","params":"secp256r1","b64Der":"..."}}
 * {"endpoint":"ep1","x509":true}
 * </pre>
 *
 * The newer demo shape ({@code "tls":{"mode":"psk|rpk|x509","details":{...}}}) is accepted on input too.
 */
final class SecurityInfoJson {

    private SecurityInfoJson() {
    }

    static ObjectNode toJson(ObjectMapper mapper, SecurityInfo info) {
        ObjectNode node = mapper.createObjectNode();
        node.put("endpoint", info.getEndpoint());
        if (info.usePSK()) {
            ObjectNode psk = node.putObject("psk");
            psk.put("identity", info.getIdentity());
            psk.put("key", Hex.encodeHexString(info.getPreSharedKey()));
        } else if (info.useRPK()) {
            ObjectNode rpk = node.putObject("rpk");
            PublicKey key = info.getRawPublicKey();
            if (key instanceof ECPublicKey) {
                ECPublicKey ec = (ECPublicKey) key;
                rpk.put("x", Hex.encodeHexString(unsigned(ec.getW().getAffineX())));
                rpk.put("y", Hex.encodeHexString(unsigned(ec.getW().getAffineY())));
                rpk.put("params", ec.getParams().toString());
            }
            rpk.put("b64Der", Base64.getEncoder().encodeToString(key.getEncoded()));
        } else if (info.useX509Cert()) {
            node.put("x509", true);
        }
        return node;
    }

    static SecurityInfo fromJson(JsonNode node) {
        String endpoint = text(node, "endpoint");
        if (endpoint == null || endpoint.isEmpty()) {
            throw new IllegalArgumentException("Missing endpoint");
        }
        JsonNode tls = node.get("tls");
        if (tls != null && tls.isObject()) {
            String mode = text(tls, "mode");
            JsonNode details = tls.path("details");
            if ("psk".equals(mode)) {
                return psk(endpoint, details);
            } else if ("rpk".equals(mode)) {
                return SecurityInfo.newRawPublicKeyInfo(endpoint, derPublicKey(Hex.decodeHex(
                        required(details, "key").toCharArray())));
            } else if ("x509".equals(mode)) {
                return SecurityInfo.newX509CertInfo(endpoint);
            }
            throw new IllegalArgumentException("Unsupported tls mode: " + mode);
        }
        if (node.has("psk")) {
            return psk(endpoint, node.get("psk"));
        }
        if (node.has("rpk")) {
            return SecurityInfo.newRawPublicKeyInfo(endpoint, rpkPublicKey(node.get("rpk")));
        }
        if (node.path("x509").asBoolean(false)) {
            return SecurityInfo.newX509CertInfo(endpoint);
        }
        throw new IllegalArgumentException("Invalid security info content: expected psk, rpk or x509");
    }

    private static SecurityInfo psk(String endpoint, JsonNode psk) {
        String identity = required(psk, "identity");
        byte[] key = Hex.decodeHex(required(psk, "key").toCharArray());
        return SecurityInfo.newPreSharedKeyInfo(endpoint, identity, key);
    }

    private static PublicKey rpkPublicKey(JsonNode rpk) {
        if (rpk.has("b64Der")) {
            return derPublicKey(Base64.getDecoder().decode(rpk.get("b64Der").asText()));
        }
        try {
            // "params" may be "secp256r1" or Java's long form "secp256r1 [NIST P-256, ...] (1.2.840...)".
            String curve = required(rpk, "params").trim().split("\\s+")[0];
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(curve));
            ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
            ECPoint point = new ECPoint(new BigInteger(1, Hex.decodeHex(required(rpk, "x").toCharArray())),
                    new BigInteger(1, Hex.decodeHex(required(rpk, "y").toCharArray())));
            return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Invalid rpk: " + e.getMessage(), e);
        }
    }

    private static PublicKey derPublicKey(byte[] der) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Invalid public key (EC SubjectPublicKeyInfo expected)", e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("Missing " + field);
        }
        return value;
    }
}
