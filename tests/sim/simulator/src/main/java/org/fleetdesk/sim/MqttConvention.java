package org.fleetdesk.sim;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * FleetDesk's MQTT device-management convention, version 1 (docs/mqtt-dm-convention.md): topics, command
 * parsing, answers and JSON Merge Patch (RFC 7386). No MQTT client here, so it is unit-testable.
 */
public final class MqttConvention {

    public static final String ROOT = "fd/v1/";
    public static final String PROTOCOL = "fd/v1";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** Compact JSON on the wire (the simulator's {@link Json#MAPPER} indents). */
    static final ObjectMapper WIRE = new ObjectMapper();

    private MqttConvention() {
    }

    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** {@code fd/v1/<id>/<leaf>}, e.g. leaf {@code status}, {@code rsp}, {@code cmd/#}. */
    public static String topic(String id, String leaf) {
        return ROOT + id + "/" + leaf;
    }

    /** The {@code <op>} of a command topic {@code fd/v1/<id>/cmd/<op>}, or null if the topic is not one. */
    public static String opOf(String id, String topic) {
        String prefix = topic(id, "cmd/");
        return topic.startsWith(prefix) && topic.length() > prefix.length() ? topic.substring(prefix.length()) : null;
    }

    /** A parsed command: request id, op, arguments (an object, empty when absent). */
    public record Command(String id, String op, ObjectNode args) {
    }

    /** A command that cannot be carried out as sent; {@code id} is null when none could be found (ignore it). */
    public static final class BadCommand extends Exception {
        private static final long serialVersionUID = 1L;
        public final String id;

        BadCommand(String id, String message) {
            super(message);
            this.id = id;
        }
    }

    /** Parse a command payload: a JSON object with a string {@code id} and an optional object {@code args}. */
    public static Command parseCommand(String op, byte[] payload) throws BadCommand {
        JsonNode root;
        try {
            root = WIRE.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BadCommand(null, "not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new BadCommand(null, "not a JSON object");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isTextual() || id.asText().isEmpty()) {
            throw new BadCommand(null, "no \"id\"");
        }
        JsonNode args = root.get("args");
        if (args == null || args.isNull()) {
            return new Command(id.asText(), op, JsonNodeFactory.instance.objectNode());
        }
        if (!args.isObject()) {
            throw new BadCommand(id.asText(), "\"args\" must be an object");
        }
        return new Command(id.asText(), op, (ObjectNode) args);
    }

    /** An answer: {@code {"id","op","status","ts"[,"result"]}}. */
    public static ObjectNode answer(String id, String op, String status, JsonNode result) {
        ObjectNode answer = WIRE.createObjectNode();
        answer.put("id", id);
        answer.put("op", op);
        answer.put("status", status);
        answer.put("ts", System.currentTimeMillis());
        if (result != null) {
            answer.set("result", result);
        }
        return answer;
    }

    /** An error answer with one of the convention's codes (bad_request, unsupported, conflict, busy, failed). */
    public static ObjectNode error(String id, String op, String code, String message) {
        ObjectNode answer = answer(id, op, "error", null);
        answer.put("code", code);
        answer.put("message", message);
        return answer;
    }

    /** RFC 7386 JSON Merge Patch: returns the patched value (target is not modified). */
    public static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch == null ? null : patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }

    /** A JSON integer (also {@code 10.0}, as JSON Schema's "integer"). */
    static boolean integral(JsonNode v) {
        return v != null && (v.isIntegralNumber() || v.isFloatingPointNumber() && v.asDouble() == Math.rint(v.asDouble())
                && !Double.isInfinite(v.asDouble()));
    }

    static byte[] bytes(JsonNode node) {
        try {
            return WIRE.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
