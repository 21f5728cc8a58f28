package org.fleetdesk.sim;

import java.util.Random;

/** What the firmware updater needs from its device (the simulated device, or a fake in unit tests). */
public interface UpdateHost {

    String model();

    String firmwareVersion();

    /** Bytes free for a package. */
    long freeStorageBytes();

    int batteryLevel();

    /** Below this battery level (%) the device refuses to install. */
    int minBatteryForUpdate();

    Faults faults();

    /** The device's own random source (deterministic from the seed). */
    Random random();

    /** Simulated seconds an install takes. */
    double installSeconds();

    /** Run after {@code simSeconds} of simulated time (scaled to real time), off the caller's thread. */
    void schedule(Runnable task, double simSeconds);

    /** Run on a download thread. */
    void download(Runnable task);

    /** Firmware {@code version} is installed: switch to it and reboot (deregister, downtime, register). */
    void installed(String version);

    /** Power fails while installing: the old firmware stays; back after the reboot downtime unless bricked. */
    void powerLost(boolean bricked);

    /** Resources of /5/0 changed (for observers). */
    void firmwareResourcesChanged(int... resourceIds);

    /** Download progress changed (0..100 %); only the MQTT convention reports it. */
    default void firmwareProgress(int percent) {
    }
}
