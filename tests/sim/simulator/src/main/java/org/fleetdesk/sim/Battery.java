package org.fleetdesk.sim;

/**
 * A device's battery: drains while running, recharges (swap or charger) from 5 %, charges by day for solar,
 * always full on mains. Status codes as /3/0/20: 0 normal, 1 charging, 2 charge complete, 4 low.
 */
final class Battery {

    private static final double DRAIN_PERCENT_PER_HOUR = 1.5;
    private static final double CHARGE_PERCENT_PER_HOUR = 25;
    private static final int LOW = 15;

    private final String power;
    private double level;
    private boolean charging;
    private boolean held; // low-battery fault: stays low, no recharge

    Battery(String power, int level) {
        this.power = power;
        this.level = level;
    }

    synchronized void advance(double simSeconds, double hourOfDay) {
        if (power.equals("mains")) {
            level = 100;
            return;
        }
        double hours = simSeconds / 3600;
        if (held) {
            charging = false;
            return;
        }
        boolean sun = power.equals("solar") && hourOfDay >= 8 && hourOfDay < 18;
        if (level <= 5 && !charging) {
            charging = true;
        }
        if (charging || sun) {
            level = Math.min(100, level + CHARGE_PERCENT_PER_HOUR * hours);
            if (level >= 100) {
                charging = false;
            }
        } else {
            level = Math.max(0, level - DRAIN_PERCENT_PER_HOUR * hours);
        }
    }

    synchronized int level() {
        return (int) Math.round(level);
    }

    synchronized void set(int percent) {
        level = Math.max(0, Math.min(100, percent));
        charging = false;
    }

    /** The low-battery fault: drop to a few percent and stay there until {@link #release}. */
    synchronized void holdLow(int percent) {
        held = true;
        level = Math.min(level, percent);
        charging = false;
    }

    synchronized void release() {
        held = false;
    }

    synchronized int status() {
        if (power.equals("mains")) {
            return 2;
        }
        if (charging) {
            return level >= 99.5 ? 2 : 1;
        }
        return level < LOW ? 4 : 0;
    }

    /** /3/0/6 available power sources: 1 internal battery, 7 solar, 6 AC mains (battery backup). */
    synchronized long[] powerSources() {
        switch (power) {
        case "solar":
            return new long[] { 1, 7 };
        case "mains":
            return new long[] { 6, 1 };
        default:
            return new long[] { 1 };
        }
    }
}
