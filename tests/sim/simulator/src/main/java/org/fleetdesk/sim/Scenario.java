package org.fleetdesk.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fleet scenario (docs/sim.md, "Scenario files"): sites, groups, models with their firmware versions,
 * device count, fault mix, lifetime, queue-mode share, time scale, server. Missing keys take defaults.
 */
public final class Scenario {

    public final String name;
    public final Long seed;
    public final int devices;
    public final int lifetimeSeconds;
    public final double timeScale;
    public final double rebootDowntimeSeconds;
    public final double queueModeShare;
    public final int queueModeLifetimeSeconds;
    public final int queueModeWakeSeconds;
    public final String serverUrl;
    public final String bootstrapUrl;
    public final List<SiteSpec> sites;
    public final Map<String, Double> groups;
    public final List<ModelSpec> models;
    public final List<FaultShare> faults;
    /** MQTT devices ("mqtt": {"devices", "v311_share", "broker"}), docs/sim.md "MQTT devices". */
    public final int mqttDevices;
    public final double mqttV311Share;
    public final String mqttBroker;

    private Scenario(JsonNode root) {
        name = root.path("name").asText("default");
        seed = root.hasNonNull("seed") ? root.get("seed").asLong() : null;
        devices = root.path("devices").asInt(5);
        lifetimeSeconds = root.path("lifetime_s").asInt(30);
        timeScale = root.path("time_scale").asDouble(1.0);
        rebootDowntimeSeconds = root.path("reboot_downtime_s").asDouble(2.0);
        JsonNode queue = root.path("queue_mode");
        queueModeShare = queue.path("share").asDouble(0.0);
        queueModeLifetimeSeconds = queue.path("lifetime_s").asInt(300);
        queueModeWakeSeconds = queue.path("wake_interval_s").asInt(120);
        JsonNode server = root.path("server");
        serverUrl = server.hasNonNull("url") ? server.get("url").asText() : null;
        bootstrapUrl = server.hasNonNull("bootstrap_url") ? server.get("bootstrap_url").asText() : null;
        sites = new ArrayList<>();
        root.path("sites").forEach(n -> sites.add(SiteSpec.fromJson(n)));
        if (sites.isEmpty()) {
            sites.add(new SiteSpec("Berlin", 52.52, 13.405, 1.5, 1, 12));
        }
        groups = new java.util.LinkedHashMap<>();
        root.path("groups").forEach(n -> groups.put(Json.requiredText(n, "name"), n.path("weight").asDouble(1)));
        if (groups.isEmpty()) {
            groups.put("default", 1.0);
        }
        models = new ArrayList<>();
        root.path("models").forEach(n -> models.add(ModelSpec.fromJson(n)));
        if (models.isEmpty()) {
            models.add(ModelSpec.fallback());
        }
        faults = new ArrayList<>();
        root.path("faults").forEach(n -> faults.add(FaultShare.fromJson(n)));
        JsonNode mqtt = root.path("mqtt");
        mqttDevices = mqtt.path("devices").asInt(0);
        mqttV311Share = mqtt.path("v311_share").asDouble(0.0);
        mqttBroker = mqtt.hasNonNull("broker") ? mqtt.get("broker").asText() : null;
        validate();
    }

    private void validate() {
        if (mqttDevices < 0 || mqttV311Share < 0 || mqttV311Share > 1) {
            throw new IllegalArgumentException("scenario " + name + ": need mqtt.devices >= 0, mqtt.v311_share in 0..1");
        }
        if (devices < 0 || lifetimeSeconds < 1 || timeScale <= 0 || queueModeShare < 0 || queueModeShare > 1
                || queueModeWakeSeconds < 1 || queueModeLifetimeSeconds <= queueModeWakeSeconds) {
            throw new IllegalArgumentException("scenario " + name + ": need devices >= 0, lifetime_s >= 1, "
                    + "time_scale > 0, queue_mode.share in 0..1, queue_mode.lifetime_s > wake_interval_s >= 1");
        }
    }

    public static Scenario load(Path file) throws IOException {
        return new Scenario(Json.MAPPER.readTree(file.toFile()));
    }

    public static Scenario parse(String json) throws IOException {
        return new Scenario(Json.MAPPER.readTree(json));
    }

    /** Without a scenario file: five LT-500 trackers in Berlin, as the sandbox always had. */
    public static Scenario defaults() {
        return new Scenario(Json.MAPPER.createObjectNode());
    }
}
