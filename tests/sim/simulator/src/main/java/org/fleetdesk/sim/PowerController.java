package org.fleetdesk.sim;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches a device's link (Leshan client or MQTT connection) on and off for reboots, power loss, Disable, the silent fault and the
 * control channel's online flag. Blocking Leshan calls run on the runtime's power pool, never on a CoAP
 * thread; each change bumps an epoch so a timer of an earlier change cannot bring the device back.
 */
final class PowerController {

    private static final Logger LOG = LoggerFactory.getLogger(PowerController.class);
    /** Let the answer to the triggering Execute leave before the client stops. */
    private static final long ANSWER_FIRST_MS = 200;

    private final String endpoint;
    private final SimRuntime runtime;
    private final Runnable onStopped;
    private DeviceLink client;
    private DeviceLifecycle state = DeviceLifecycle.RUNNING;
    private long epoch;

    PowerController(String endpoint, SimRuntime runtime, Runnable onStopped) {
        this.endpoint = endpoint;
        this.runtime = runtime;
        this.onStopped = onStopped;
    }

    synchronized void attach(DeviceLink client) {
        this.client = client;
    }

    synchronized DeviceLifecycle state() {
        return state;
    }

    synchronized void start() {
        state = DeviceLifecycle.RUNNING;
        long e = ++epoch;
        runtime.power.execute(() -> startIfCurrent(e));
    }

    /** Deregister (or just drop off), stay away for {@code simSeconds}, come back. */
    synchronized boolean away(DeviceLifecycle reason, boolean deregister, double simSeconds) {
        if (state != DeviceLifecycle.RUNNING) {
            return false;
        }
        state = reason;
        long e = ++epoch;
        LOG.info("{}: {} ({}), back in {} simulated s", endpoint, reason.jsonName(),
                deregister ? "deregistering" : "no deregistration", simSeconds);
        stopSoon(e, deregister, () -> runtime.after(simSeconds, () -> comeBack(e)));
        return true;
    }

    /** Off until told otherwise: OFFLINE, SILENT or BRICKED. */
    synchronized void off(DeviceLifecycle reason) {
        if (state == reason) {
            return;
        }
        state = reason;
        long e = ++epoch;
        LOG.info("{}: {}", endpoint, reason.jsonName());
        stopSoon(e, false, () -> {
        });
    }

    /** Back on from OFFLINE, SILENT, BRICKED (or cut short a downtime). */
    synchronized void on() {
        if (state == DeviceLifecycle.RUNNING) {
            return;
        }
        LOG.info("{}: on again (was {})", endpoint, state.jsonName());
        start();
    }

    synchronized void stopForGood() {
        ++epoch;
        state = DeviceLifecycle.OFFLINE;
    }

    /** Stop the client shortly, unless a newer change has come meanwhile; then run {@code then}. */
    private void stopSoon(long e, boolean deregister, Runnable then) {
        DeviceLink c = client;
        runtime.timers.schedule(() -> runtime.power.execute(() -> {
            synchronized (this) {
                if (e != epoch) {
                    return;
                }
            }
            try {
                if (c != null) {
                    c.stop(deregister);
                }
            } finally {
                onStopped.run();
            }
            then.run();
        }), ANSWER_FIRST_MS, TimeUnit.MILLISECONDS);
    }

    private void comeBack(long e) {
        synchronized (this) {
            if (e != epoch) {
                return;
            }
            state = DeviceLifecycle.RUNNING;
        }
        startIfCurrent(e);
    }

    private void startIfCurrent(long e) {
        DeviceLink c;
        synchronized (this) {
            if (e != epoch || state != DeviceLifecycle.RUNNING) {
                return;
            }
            c = client;
        }
        c.start();
    }
}
