package org.fleetdesk.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.leshan.client.californium.LeshanClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** All simulated devices of the process: start, tick, fleet-wide faults, shutdown. */
public final class Fleet {

    private static final Logger LOG = LoggerFactory.getLogger(Fleet.class);
    private static final long TICK_MS = 1000;
    /** Registrations started per second at start-up, so that Leshan is not flooded all at once. */
    private static final int STARTS_PER_SECOND = 200;
    /** MQTT connections started per second (cheap for mosquitto; 5,000 devices in 5 s). */
    private static final int MQTT_STARTS_PER_SECOND = 1000;

    private final Map<String, SimDevice> devices = new LinkedHashMap<>();
    private final Map<String, LeshanClient> clients = new LinkedHashMap<>();
    private final Map<String, MqttDevice> mqttDevices = new LinkedHashMap<>();
    private MqttSettings mqttSettings;
    private final SimRuntime runtime;

    Fleet(SimRuntime runtime) {
        this.runtime = runtime;
    }

    void add(SimDevice device, LeshanClient client) {
        devices.put(device.spec.endpoint(), device);
        clients.put(device.spec.endpoint(), client);
        device.attach(client);
    }

    /** An MQTT device (its SimDevice is attached to it already). */
    void add(MqttDevice device, MqttSettings settings) {
        devices.put(device.id, device.device);
        mqttDevices.put(device.id, device);
        mqttSettings = settings;
    }

    public List<SimDevice> devices() {
        return new ArrayList<>(devices.values());
    }

    /** Devices of one protocol ("lwm2m", "mqtt"), or all for null / "all". */
    public List<SimDevice> devices(String protocol) {
        List<SimDevice> list = new ArrayList<>();
        for (SimDevice d : devices.values()) {
            if (protocol == null || protocol.equals("all") || d.protocol().equals(protocol)) {
                list.add(d);
            }
        }
        return list;
    }

    MqttDevice mqttDevice(String id) {
        return mqttDevices.get(id);
    }

    List<MqttDevice> mqttDevices() {
        return new ArrayList<>(mqttDevices.values());
    }

    public SimDevice device(String endpoint) {
        return devices.get(endpoint);
    }

    void start() {
        int i = 0;
        int m = 0;
        for (SimDevice device : devices.values()) {
            long delay = device.protocol().equals("mqtt") ? m++ * 1000L / MQTT_STARTS_PER_SECOND
                    : i++ * 1000L / STARTS_PER_SECOND;
            runtime.timers.schedule(device::start, delay, TimeUnit.MILLISECONDS);
        }
        double simPerTick = TICK_MS / 1000.0 * runtime.timeScale;
        runtime.timers.scheduleAtFixedRate(() -> tick(simPerTick), TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    private void tick(double simSeconds) {
        for (SimDevice device : devices.values()) {
            try {
                device.tick(simSeconds);
            } catch (RuntimeException e) {
                LOG.warn("{}: tick failed", device.spec.endpoint(), e);
            }
        }
    }

    /** Give {@code kind} to round(share × N) devices chosen with {@code seed}; returns their endpoints. */
    public List<String> injectFault(FaultKind kind, double share, long seed) {
        return injectFault(kind, share, seed, "lwm2m");
    }

    /** As above among the devices of one protocol ("lwm2m", "mqtt", or "all"). */
    public List<String> injectFault(FaultKind kind, double share, long seed, String protocol) {
        List<String> endpoints = new ArrayList<>();
        devices(protocol).forEach(d -> endpoints.add(d.spec.endpoint()));
        Collections.shuffle(endpoints, new Random(seed));
        List<String> chosen = new ArrayList<>(endpoints.subList(0, (int) Math.round(share * endpoints.size())));
        Collections.sort(chosen);
        for (String endpoint : chosen) {
            devices.get(endpoint).addFault(kind);
        }
        LOG.info("fault {} given to {} device(s) (share {}, seed {})", kind.jsonName(), chosen.size(), share, seed);
        return chosen;
    }

    /** Deregister every device in parallel, bounded in time so that a dead server cannot stall shutdown. */
    void shutdown() {
        LOG.info("Deregistering {} device(s)", clients.size());
        devices.values().forEach(SimDevice::stopForGood);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(32, clients.size())),
                SimRuntime.daemons("deregister"));
        clients.values().forEach(c -> pool.execute(() -> c.destroy(true)));
        pool.shutdown();
        List<java.util.concurrent.CompletableFuture<?>> goodbyes = new ArrayList<>();
        mqttDevices.values().forEach(d -> goodbyes.add(d.shutdown().exceptionally(e -> null)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Deregistration did not finish in 5 s; exiting anyway");
            }
            java.util.concurrent.CompletableFuture.allOf(goodbyes.toArray(new java.util.concurrent.CompletableFuture[0]))
                    .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("MQTT devices did not all say goodbye in 5 s; exiting anyway");
        }
        if (mqttSettings != null) {
            mqttSettings.shutdown();
        }
        runtime.shutdown();
    }
}
