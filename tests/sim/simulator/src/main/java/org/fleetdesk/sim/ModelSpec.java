package org.fleetdesk.sim;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A device model of the scenario: identity, power, memory, and which firmware versions the fleet runs. */
public record ModelSpec(String name, String manufacturer, String deviceType, String hardwareVersion, String power,
        double weight, Map<String, Double> firmwareShares, String factoryFirmware, long storageKb, long memoryKb,
        double installSeconds, int minBattery) {

    static ModelSpec fromJson(JsonNode node) {
        String name = Json.requiredText(node, "name");
        Map<String, Double> shares = new LinkedHashMap<>();
        JsonNode firmware = node.path("firmware");
        if (firmware.isTextual()) {
            shares.put(firmware.asText(), 1.0);
        } else if (firmware.isArray()) {
            firmware.forEach(v -> shares.put(v.asText(), 1.0));
        } else if (firmware.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = firmware.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                shares.put(e.getKey(), e.getValue().asDouble());
            }
        }
        if (shares.isEmpty()) {
            shares.put("1.0.0", 1.0);
        }
        String factory = node.path("factory_firmware").asText(shares.keySet().iterator().next());
        String power = node.path("power").asText("battery");
        if (!power.equals("battery") && !power.equals("solar") && !power.equals("mains")) {
            throw new IllegalArgumentException("model " + name + ": power must be battery, solar or mains");
        }
        return new ModelSpec(name, node.path("manufacturer").asText("FleetDesk Sim"),
                node.path("device_type").asText("sensor"), node.path("hardware_version").asText("1.0"), power,
                node.path("weight").asDouble(1.0), shares, factory, node.path("storage_kb").asLong(1024),
                node.path("memory_kb").asLong(4096), node.path("install_s").asDouble(20),
                node.path("min_battery").asInt(20));
    }

    static ModelSpec fallback() {
        return new ModelSpec("LT-500", "FleetDesk Sim", "tracker", "1.0", "battery", 1, Map.of("1.0.0", 1.0), "1.0.0",
                1024, 4096, 20, 20);
    }
}
