package org.fleetdesk.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** An {@link UpdateHost} that runs scheduled work at once and records what the updater did to it. */
final class FakeUpdateHost implements UpdateHost {

    final Faults faults = new Faults();
    String firmware = "1.0.0";
    int battery = 80;
    long storage = 1024 * 1024;
    final List<String> events = new ArrayList<>();
    private final List<Runnable> scheduled = new ArrayList<>();

    @Override
    public String model() {
        return "LT-500";
    }

    @Override
    public String firmwareVersion() {
        return firmware;
    }

    @Override
    public long freeStorageBytes() {
        return storage;
    }

    @Override
    public int batteryLevel() {
        return battery;
    }

    @Override
    public int minBatteryForUpdate() {
        return 20;
    }

    @Override
    public Faults faults() {
        return faults;
    }

    @Override
    public Random random() {
        return new Random(1);
    }

    @Override
    public double installSeconds() {
        return 10;
    }

    /** Held until {@link #runScheduled}, so tests can look at the Updating state. */
    @Override
    public void schedule(Runnable task, double simSeconds) {
        scheduled.add(task);
    }

    void runScheduled() {
        List<Runnable> tasks = new ArrayList<>(scheduled);
        scheduled.clear();
        tasks.forEach(Runnable::run);
    }

    @Override
    public void download(Runnable task) {
        task.run();
    }

    @Override
    public void installed(String version) {
        firmware = version;
        events.add("installed " + version);
    }

    @Override
    public void powerLost(boolean bricked) {
        events.add(bricked ? "bricked" : "power lost");
    }

    @Override
    public void firmwareResourcesChanged(int... resourceIds) {
    }
}
