package org.fleetdesk.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The MQTT device's versioned configuration: merge patch, version check, validation, factory reset. */
class VersionedConfigTest {

    private DeviceConfig settings;
    private VersionedConfig config;

    @BeforeEach
    void setUp() {
        settings = new DeviceConfig();
        config = new VersionedConfig(settings);
    }

    private static JsonNode json(String s) throws Exception {
        return MqttConvention.WIRE.readTree(s);
    }

    @Test
    void startsAtVersionOneWithTheDefaults() throws Exception {
        assertEquals("{\"version\":1,\"config\":{\"report_interval_s\":300,\"temperature_alarm\":30.0,"
                + "\"led_enabled\":true,\"mode\":\"normal\"}}", config.message().toString());
    }

    @Test
    void aMergeAtTheCurrentVersionIsAppliedAndCounted() throws Exception {
        VersionedConfig.Outcome outcome = config.apply(json("{\"version\":1,\"merge\":{\"mode\":\"eco\",\"report_interval_s\":60}}"));
        assertTrue(outcome.ok());
        assertEquals(2, outcome.version());
        assertEquals(2, config.version());
        assertEquals("eco", settings.operatingMode);
        assertEquals(60, settings.reportingIntervalSeconds);
        assertTrue(settings.ledEnabled, "keys not in the patch stay");
        assertEquals(3, config.apply(json("{\"merge\":{\"led_enabled\":false}}")).version(), "no version: forced");
        assertFalse(settings.ledEnabled);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        config.apply(json("{\"version\":1,\"merge\":{\"mode\":\"eco\"}}"));
        VersionedConfig.Outcome outcome = config.apply(json("{\"version\":1,\"merge\":{\"mode\":\"maintenance\"}}"));
        assertEquals("conflict", outcome.code());
        assertEquals("config version is 2, not 1", outcome.message());
        assertEquals("eco", settings.operatingMode);
        assertEquals(2, config.version());
    }

    @Test
    void badPatchesAreBadRequestsAndApplyNothing() throws Exception {
        String[] bad = { "{\"merge\":{\"colour\":\"red\"}}", "{\"merge\":{\"report_interval_s\":9}}",
            "{\"merge\":{\"report_interval_s\":86401}}", "{\"merge\":{\"report_interval_s\":\"60\"}}",
            "{\"merge\":{\"report_interval_s\":60.5}}", "{\"merge\":{\"temperature_alarm\":86}}",
            "{\"merge\":{\"led_enabled\":1}}", "{\"merge\":{\"mode\":\"turbo\"}}",
            "{\"merge\":{\"mode\":\"eco\",\"colour\":\"red\"}}", "{\"merge\":[1]}", "{}",
            "{\"version\":\"1\",\"merge\":{}}" };
        for (String args : bad) {
            VersionedConfig.Outcome outcome = config.apply(json(args));
            assertEquals("bad_request", outcome.code(), args);
        }
        assertEquals(1, config.version());
        assertEquals("normal", settings.operatingMode);
        assertEquals(300, settings.reportingIntervalSeconds);
    }

    @Test
    void nullRestoresAKeysDefault() throws Exception {
        config.apply(json("{\"merge\":{\"temperature_alarm\":-5.5,\"mode\":\"eco\"}}"));
        assertEquals(-5.5, settings.temperatureAlarmC);
        config.apply(json("{\"merge\":{\"temperature_alarm\":null}}"));
        assertEquals(30.0, settings.temperatureAlarmC);
        assertEquals("eco", settings.operatingMode);
        assertEquals(3, config.version());
        assertTrue(config.apply(json("{\"merge\":{\"report_interval_s\":10.0}}")).ok(), "10.0 is an integer");
    }

    @Test
    void factoryResetGoesBackToVersionOne() throws Exception {
        config.apply(json("{\"merge\":{\"mode\":\"eco\"}}"));
        config.factoryReset();
        assertEquals(1, config.version());
        assertEquals("normal", settings.operatingMode);
    }
}
