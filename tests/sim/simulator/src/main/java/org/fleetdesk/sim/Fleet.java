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

    private final Map<String, SimDevice> devices = new LinkedHashMap<>();
    private final Map<String, LeshanClient> clients = new LinkedHashMap<>();
    private final SimRuntime runtime;

    Fleet(SimRuntime runtime) {
        this.runtime = runtime;
    }

    void add(SimDevice device, LeshanClient client) {
        devices.put(device.spec.endpoint(), device);
        clients.put(device.spec.endpoint(), client);
        device.attach(client);
    }

    public List<SimDevice> devices() {
        return new ArrayList<>(devices.values());
    }

    public SimDevice device(String endpoint) {
        return devices.get(endpoint);
    }

    void start() {
        int i = 0;
        for (SimDevice device : devices.values()) {
            runtime.timers.schedule(device::start, i++ * 1000L / STARTS_PER_SECOND, TimeUnit.MILLISECONDS);
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
        List<String> endpoints = new ArrayList<>(devices.keySet());
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
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Deregistration did not finish in 5 s; exiting anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runtime.shutdown();
    }
}
