package org.fleetdesk.sim;

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An MQTT device's configuration as the convention publishes it ({@code {"version":V,"config":{…}}}), over
 * the same settings an LwM2M device has in /33000 ({@link DeviceConfig}). A {@code config} command applies a
 * JSON Merge Patch if the version matches; {@code null} for a key restores its factory default.
 */
final class VersionedConfig {

    static final Set<String> KEYS = Set.of("report_interval_s", "temperature_alarm", "led_enabled", "mode");

    /** The outcome of a {@code config} command: an error code and message, or the new version. */
    record Outcome(String code, String message, long version) {
        boolean ok() {
            return code == null;
        }
    }

    private final DeviceConfig settings;
    private long version = 1;

    VersionedConfig(DeviceConfig settings) {
        this.settings = settings;
    }

    synchronized long version() {
        return version;
    }

    /** {@code {"report_interval_s":…,"temperature_alarm":…,"led_enabled":…,"mode":…}} */
    synchronized ObjectNode config() {
        ObjectNode config = MqttConvention.WIRE.createObjectNode();
        config.put("report_interval_s", settings.reportingIntervalSeconds);
        config.put("temperature_alarm", settings.temperatureAlarmC);
        config.put("led_enabled", settings.ledEnabled);
        config.put("mode", settings.operatingMode);
        return config;
    }

    /** The retained {@code config} message. */
    synchronized ObjectNode message() {
        ObjectNode message = MqttConvention.WIRE.createObjectNode();
        message.put("version", version);
        message.set("config", config());
        return message;
    }

    /** Factory reset: defaults, version 1. */
    synchronized void factoryReset() {
        settings.restoreDefaults();
        version = 1;
    }

    /** The {@code config} command's args: {@code {"version":V (optional),"merge":{…}}}. */
    synchronized Outcome apply(JsonNode args) {
        JsonNode expected = args.get("version");
        if (expected != null && !expected.isNull() && !MqttConvention.integral(expected)) {
            return new Outcome("bad_request", "\"version\" must be an integer", version);
        }
        JsonNode merge = args.get("merge");
        if (merge == null || !merge.isObject()) {
            return new Outcome("bad_request", "\"merge\" must be an object", version);
        }
        if (expected != null && !expected.isNull() && expected.asLong() != version) {
            return new Outcome("conflict", "config version is " + version + ", not " + expected.asLong(), version);
        }
        for (Iterator<String> it = merge.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                return new Outcome("bad_request", "unknown config key \"" + key + "\"", version);
            }
        }
        JsonNode patched = MqttConvention.mergePatch(config(), merge);
        String problem = null;
        long interval = DeviceConfig.DEFAULT_REPORTING_INTERVAL;
        double alarm = DeviceConfig.DEFAULT_TEMPERATURE_ALARM;
        boolean led = true;
        String mode = "normal";
        JsonNode v = patched.get("report_interval_s");
        if (v != null) {
            if (!MqttConvention.integral(v) || v.asLong() < 10 || v.asLong() > 86400) {
                problem = "report_interval_s must be an integer 10..86400";
            } else {
                interval = v.asLong();
            }
        }
        v = patched.get("temperature_alarm");
        if (v != null) {
            if (!v.isNumber() || v.asDouble() < -40 || v.asDouble() > 85) {
                problem = "temperature_alarm must be a number -40..85";
            } else {
                alarm = v.asDouble();
            }
        }
        v = patched.get("led_enabled");
        if (v != null) {
            if (!v.isBoolean()) {
                problem = "led_enabled must be true or false";
            } else {
                led = v.asBoolean();
            }
        }
        v = patched.get("mode");
        if (v != null) {
            if (!v.isTextual() || !DeviceConfig.validMode(v.asText())) {
                problem = "mode must be normal, eco or maintenance";
            } else {
                mode = v.asText();
            }
        }
        if (problem != null) {
            return new Outcome("bad_request", problem, version);
        }
        settings.reportingIntervalSeconds = interval;
        settings.temperatureAlarmC = alarm;
        settings.ledEnabled = led;
        settings.operatingMode = mode;
        return new Outcome(null, null, ++version);
    }
}
