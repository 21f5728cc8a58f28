package org.fleetdesk.sim;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulator's clock and thread pools, shared by every device. Simulated time runs {@code timeScale}
 * times faster than real time for everything the devices do themselves (battery, install time, reboot
 * downtime, Disable Timeout); protocol timers (lifetime, CoAP) stay real.
 */
public final class SimRuntime {

    public final double timeScale;
    /** Simulated seconds a device stays away when it reboots or loses power. */
    public final double rebootDowntimeSeconds;
    /** CoAP protocol stage of every device's Californium endpoint. */
    public final ScheduledExecutorService coap;
    /** Leshan registration engines: they block a thread while a request is in flight. */
    public final ScheduledExecutorService registration;
    /** Timers of the devices: ticks, install and downtime ends. */
    public final ScheduledExecutorService timers;
    /** Blocking power actions (deregister, start) and downloads. */
    public final ExecutorService power;
    public final ExecutorService downloads;
    private final long startedMillis = System.currentTimeMillis();

    public SimRuntime(double timeScale, double rebootDowntimeSeconds, int devices) {
        this.timeScale = timeScale;
        this.rebootDowntimeSeconds = rebootDowntimeSeconds;
        int cores = Runtime.getRuntime().availableProcessors();
        coap = scheduledPool("coap", Math.max(2, cores));
        registration = scheduledPool("registration", Math.min(64, Math.max(4, devices / 16)));
        timers = scheduledPool("timers", 2);
        power = Executors.newFixedThreadPool(Math.min(32, Math.max(2, devices / 32)), daemons("power"));
        downloads = Executors.newFixedThreadPool(8, daemons("download"));
    }

    /** Real milliseconds for a stretch of simulated seconds. */
    public long realMillis(double simSeconds) {
        return Math.max(0, Math.round(simSeconds * 1000 / timeScale));
    }

    /** Simulated epoch milliseconds (starts at the real clock, then runs timeScale times faster). */
    public long simNowMillis() {
        long now = System.currentTimeMillis();
        return startedMillis + Math.round((now - startedMillis) * timeScale);
    }

    public void after(double simSeconds, Runnable task) {
        timers.schedule(() -> power.execute(task), realMillis(simSeconds), TimeUnit.MILLISECONDS);
    }

    public void shutdown() {
        timers.shutdownNow();
        downloads.shutdownNow();
        power.shutdownNow();
    }

    private static ScheduledExecutorService scheduledPool(String name, int threads) {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads, daemons(name));
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }

    static ThreadFactory daemons(String name) {
        AtomicInteger counter = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
