package org.fleetdesk.sim;

import java.util.Random;

/** Received signal strength (dBm): a mean-reverting random walk around the device's mean. */
final class Signal {

    private static final double MIN = -125;
    private static final double MAX = -50;

    private final double mean;
    private double value;
    private Double pinned; // set through the control channel

    Signal(double mean) {
        this.mean = mean;
        this.value = mean;
    }

    synchronized void advance(double simSeconds, Random random, double offset, boolean jumpy) {
        if (pinned != null) {
            value = pinned;
            return;
        }
        double minutes = Math.min(simSeconds / 60, 10);
        double target = mean + offset;
        value += (target - value) * Math.min(1, 0.2 * minutes) + random.nextGaussian() * 2 * Math.sqrt(minutes);
        if (jumpy && random.nextInt(4) == 0) {
            value += random.nextGaussian() * 12;
        }
        value = Math.max(MIN, Math.min(MAX, value));
    }

    synchronized int dbm() {
        return (int) Math.round(value);
    }

    synchronized void pin(Integer dbm) {
        pinned = dbm == null ? null : Math.max(MIN, Math.min(MAX, dbm));
        if (pinned != null) {
            value = pinned;
        }
    }

    /** 0..100 from -120 dBm (0) to -60 dBm (100). */
    synchronized int linkQuality() {
        return (int) Math.max(0, Math.min(100, Math.round((value + 120) * 100 / 60)));
    }
}
