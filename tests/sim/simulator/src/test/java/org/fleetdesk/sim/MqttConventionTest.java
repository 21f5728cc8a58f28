package org.fleetdesk.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** Topics, command parsing, answers and JSON Merge Patch of the MQTT convention (docs/mqtt-dm-convention.md). */
class MqttConventionTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String s) throws Exception {
        return MqttConvention.WIRE.readTree(s);
    }

    @Test
    void topicsAndIds() {
        assertEquals("fd/v1/sim-mqtt-0001/status", MqttConvention.topic("sim-mqtt-0001", "status"));
        assertEquals("reboot", MqttConvention.opOf("d1", "fd/v1/d1/cmd/reboot"));
        assertEquals("firmware-update", MqttConvention.opOf("d1", "fd/v1/d1/cmd/firmware-update"));
        assertNull(MqttConvention.opOf("d1", "fd/v1/d2/cmd/reboot"));
        assertNull(MqttConvention.opOf("d1", "fd/v1/d1/cmd/"));
        assertNull(MqttConvention.opOf("d1", "fd/v1/d1/status"));
        assertTrue(MqttConvention.validId("sim-mqtt-0001"));
        assertTrue(MqttConvention.validId("A.b_c-9"));
        assertTrue(MqttConvention.validId("x".repeat(64)));
        assertFalse(MqttConvention.validId("x".repeat(65)));
        assertFalse(MqttConvention.validId(""));
        assertFalse(MqttConvention.validId("a/b"));
        assertFalse(MqttConvention.validId("a+b"));
        assertFalse(MqttConvention.validId(null));
    }

    @Test
    void aCommandHasAnIdAndOptionalObjectArgs() throws Exception {
        MqttConvention.Command c = MqttConvention.parseCommand("config",
                utf8("{\"id\":\"c1\",\"ts\":1,\"args\":{\"version\":7,\"merge\":{}},\"later\":true}"));
        assertEquals("c1", c.id());
        assertEquals("config", c.op());
        assertEquals(7, c.args().get("version").asInt());
        MqttConvention.Command noArgs = MqttConvention.parseCommand("reboot", utf8("{\"id\":\"c2\"}"));
        assertEquals(0, noArgs.args().size());
        assertEquals(0, MqttConvention.parseCommand("reboot", utf8("{\"id\":\"c3\",\"args\":null}")).args().size());
    }

    @Test
    void commandsWithoutAnIdAreIgnoredAndOthersAreBadRequests() {
        for (String garbage : new String[] { "", "not json", "[1,2", "[1,2]", "42", "\"s\"", "{}", "{\"id\":42}",
                "{\"id\":\"\"}", "null", "\u00ff\u00fe" }) {
            MqttConvention.BadCommand e = assertThrows(MqttConvention.BadCommand.class,
                    () -> MqttConvention.parseCommand("reboot", utf8(garbage)), garbage);
            assertNull(e.id, garbage);
        }
        MqttConvention.BadCommand e = assertThrows(MqttConvention.BadCommand.class,
                () -> MqttConvention.parseCommand("config", utf8("{\"id\":\"c9\",\"args\":[1]}")));
        assertEquals("c9", e.id);
    }

    @Test
    void answersRepeatIdAndOp() {
        JsonNode ok = MqttConvention.answer("c1", "reboot", "ok", null);
        assertEquals("c1", ok.get("id").asText());
        assertEquals("reboot", ok.get("op").asText());
        assertEquals("ok", ok.get("status").asText());
        assertTrue(ok.get("ts").isIntegralNumber());
        assertFalse(ok.has("result"));
        JsonNode error = MqttConvention.error("c2", "config", "conflict", "config version is 8, not 7");
        assertEquals("error", error.get("status").asText());
        assertEquals("conflict", error.get("code").asText());
        assertEquals("config version is 8, not 7", error.get("message").asText());
    }

    /** The examples of RFC 7386, appendix A. */
    @Test
    void mergePatchFollowsRfc7386() throws Exception {
        String[][] cases = {
            { "{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}" },
            { "{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}" },
            { "{\"a\":\"b\"}", "{\"a\":null}", "{}" },
            { "{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}" },
            { "{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}" },
            { "{\"a\":\"c\"}", "{\"a\":[\"b\"]}", "{\"a\":[\"b\"]}" },
            { "{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}" },
            { "{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}" },
            { "[\"a\",\"b\"]", "[\"c\",\"d\"]", "[\"c\",\"d\"]" },
            { "{\"a\":\"b\"}", "[\"c\"]", "[\"c\"]" },
            { "{\"a\":\"foo\"}", "null", "null" },
            { "{\"a\":\"foo\"}", "\"bar\"", "\"bar\"" },
            { "{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}" },
            { "[1,2]", "{\"a\":\"b\",\"c\":null}", "{\"a\":\"b\"}" },
            { "{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}" },
        };
        for (String[] c : cases) {
            JsonNode target = json(c[0]);
            JsonNode before = target.deepCopy();
            assertEquals(json(c[2]), MqttConvention.mergePatch(target, json(c[1])), c[0] + " + " + c[1]);
            assertEquals(before, target, "the target is not modified");
        }
    }
}
