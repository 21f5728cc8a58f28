package org.fleetdesk.sim;

import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.leshan.client.LwM2mClient;
import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated device: its planned identity ({@link DeviceSpec}), its changing state (battery, signal,
 * temperature, firmware, faults, settings), its power life ({@link PowerController}) and its firmware
 * updater. The LwM2M objects read and change it; the control channel too.
 */
public final class SimDevice implements UpdateHost {

    private static final Logger LOG = LoggerFactory.getLogger(SimDevice.class);

    public static final int ERROR_LOW_BATTERY = 1;
    public static final int ERROR_LOW_SIGNAL = 4;
    public static final int ERROR_OUT_OF_MEMORY = 5;

    public final DeviceSpec spec;
    final SimRuntime runtime;
    final Faults faults = new Faults();
    final Battery battery;
    final Signal signal;
    final DeviceConfig config = new DeviceConfig();
    final FirmwareUpdater updater;
    private final Random random;
    private final PowerController power;
    private final long usedMemoryKb;
    private final double temperatureOffset;
    private final long clockSkewMillis;
    private volatile String firmware;
    private volatile boolean registered;
    private volatile double temperatureC;
    private volatile List<Integer> errorCodes = List.of(0);
    private volatile BaseInstanceEnabler deviceObject;
    private volatile BaseInstanceEnabler connectivityObject;
    private volatile BaseInstanceEnabler firmwareObject;
    private volatile BaseInstanceEnabler temperatureObject;
    /** "lwm2m" or "mqtt" (control channel). */
    private volatile String protocol = "lwm2m";
    /** Why the device goes away next (MQTT status offline "reason"); set before each power change. */
    private volatile String offlineReason = "shutdown";
    private volatile long disabledUntilMillis;
    private volatile Listener listener;

    /** What a protocol front end other than LwM2M objects (the MQTT device) hears from its device. */
    interface Listener {
        /** After each physics tick. */
        void ticked();

        /** The firmware updater's state, result or package changed. */
        void firmwareChanged();
    }

    public SimDevice(DeviceSpec spec, SimRuntime runtime, PackageFetcher fetcher, PublicKey firmwareKey) {
        this.spec = spec;
        this.runtime = runtime;
        this.random = new Random(spec.seed());
        this.battery = new Battery(spec.model().power(), spec.batteryStart());
        this.signal = new Signal(spec.signalMeanDbm());
        this.firmware = spec.firmware();
        this.usedMemoryKb = spec.model().memoryKb() * (20 + random.nextInt(20)) / 100;
        this.temperatureOffset = random.nextGaussian();
        this.clockSkewMillis = (random.nextBoolean() ? 1 : -1) * (600_000L + random.nextInt(6_600_000));
        this.temperatureC = spec.site().temperatureC();
        this.power = new PowerController(spec.endpoint(), runtime, () -> registered = false);
        this.updater = new FirmwareUpdater(this, fetcher, firmwareKey, runtime.timeScale);
        spec.faults().forEach(this::addFault);
    }

    void attach(LwM2mClient client) {
        power.attach(new DeviceLink() {
            @Override
            public void start() {
                client.start();
            }

            @Override
            public void stop(boolean polite) {
                client.stop(polite);
            }
        });
    }

    /** A device that is not an LwM2M client (MQTT): its link, its protocol name, who listens to it. */
    void attach(DeviceLink link, String protocolName, Listener deviceListener) {
        this.protocol = protocolName;
        this.listener = deviceListener;
        power.attach(link);
    }

    public String protocol() {
        return protocol;
    }

    /** The reason of the latest deliberate departure: reboot, factory-reset, disabled, firmware-update, shutdown. */
    String offlineReason() {
        return offlineReason;
    }

    /** Real epoch milliseconds when a disabled device comes back. */
    long disabledUntilMillis() {
        return disabledUntilMillis;
    }

    void attachObjects(BaseInstanceEnabler device, BaseInstanceEnabler connectivity, BaseInstanceEnabler firmwareUpdate,
            BaseInstanceEnabler temperature) {
        this.deviceObject = device;
        this.connectivityObject = connectivity;
        this.firmwareObject = firmwareUpdate;
        this.temperatureObject = temperature;
    }

    // --- life ---

    void start() {
        if (faults.has(FaultKind.SILENT)) {
            power.off(DeviceLifecycle.SILENT);
        } else {
            power.start();
        }
    }

    public DeviceLifecycle lifecycle() {
        return power.state();
    }

    public boolean registered() {
        return registered && power.state() == DeviceLifecycle.RUNNING;
    }

    void setRegistered(boolean value) {
        registered = value;
    }

    /** /3/0/4 Reboot (and the registration-storm fault): deregister, away for the reboot downtime, register. */
    public boolean reboot() {
        offlineReason = "reboot";
        return power.away(DeviceLifecycle.REBOOTING, true, rebootDowntime());
    }

    /** /1/x/4 Disable: deregister and stay away for the Disable Timeout (simulated seconds). */
    boolean disable(long timeoutSeconds) {
        offlineReason = "disabled";
        disabledUntilMillis = System.currentTimeMillis() + runtime.realMillis(timeoutSeconds);
        return power.away(DeviceLifecycle.DISABLED, true, timeoutSeconds);
    }

    /** /3/0/5 Factory reset: factory firmware and settings, firmware object back to Idle, then reboot. */
    void factoryReset() {
        LOG.info("{}: factory reset to {}", spec.endpoint(), spec.model().factoryFirmware());
        firmware = spec.model().factoryFirmware();
        config.restoreDefaults();
        updater.factoryReset();
        offlineReason = "factory-reset";
        power.away(DeviceLifecycle.REBOOTING, true, rebootDowntime());
    }

    public void setOnline(boolean online) {
        if (online) {
            power.on();
        } else {
            power.off(DeviceLifecycle.OFFLINE);
        }
    }

    void stopForGood() {
        offlineReason = "shutdown";
        power.stopForGood();
    }

    private double rebootDowntime() {
        return runtime.rebootDowntimeSeconds;
    }

    // --- faults ---

    public void addFault(FaultKind kind) {
        faults.add(kind);
        switch (kind) {
        case LOW_BATTERY:
            battery.holdLow(5 + random.nextInt(5));
            break;
        case SILENT:
            power.off(DeviceLifecycle.SILENT);
            break;
        case REGISTRATION_STORM:
            reboot();
            break;
        default:
            break;
        }
    }

    public void clearFaults() {
        boolean wasSilent = faults.has(FaultKind.SILENT);
        faults.clear();
        battery.release();
        if (wasSilent && power.state() == DeviceLifecycle.SILENT) {
            power.on();
        }
    }

    public List<String> faultNames() {
        return faults.names();
    }

    // --- the simulated physics, advanced by the fleet's ticker ---

    void tick(double simSeconds) {
        int oldBattery = battery.level();
        int oldStatus = battery.status();
        int oldSignal = signal.dbm();
        long oldTemperature = Math.round(temperatureC * 10);
        List<Integer> oldErrors = errorCodes;

        double hour = hourOfDay();
        battery.advance(simSeconds, hour);
        double signalOffset = faults.has(FaultKind.SLOW_LINK) ? -20 : 0;
        signal.advance(simSeconds, random, signalOffset, faults.has(FaultKind.FLAKY_LINK));
        double daily = 4 * Math.sin(2 * Math.PI * (hour - 9) / 24);
        temperatureC = Math.round((spec.site().temperatureC() + daily + temperatureOffset + random.nextGaussian() * 0.2)
                * 10) / 10.0;
        errorCodes = computeErrors();

        if (battery.level() != oldBattery || battery.status() != oldStatus || !errorCodes.equals(oldErrors)) {
            fire(deviceObject, 9, 20, 11);
        }
        if (signal.dbm() != oldSignal) {
            fire(connectivityObject, 2, 3);
        }
        if (Math.round(temperatureC * 10) != oldTemperature) {
            fire(temperatureObject, 5700, 5601, 5602);
        }
        Listener l = listener;
        if (l != null) {
            l.ticked();
        }
    }

    private List<Integer> computeErrors() {
        List<Integer> codes = new ArrayList<>();
        if (!spec.model().power().equals("mains") && battery.level() < 10) {
            codes.add(ERROR_LOW_BATTERY);
        }
        if (signal.dbm() < -115) {
            codes.add(ERROR_LOW_SIGNAL);
        }
        if (faults.has(FaultKind.NO_STORAGE)) {
            codes.add(ERROR_OUT_OF_MEMORY);
        }
        return codes.isEmpty() ? List.of(0) : List.copyOf(codes);
    }

    /** /3/0/12 Reset Error Code; conditions that still hold raise their codes again at the next tick. */
    void resetErrorCodes() {
        errorCodes = List.of(0);
        fire(deviceObject, 11);
    }

    private double hourOfDay() {
        return Instant.ofEpochMilli(runtime.simNowMillis()).atZone(ZoneOffset.UTC).getHour()
                + Instant.ofEpochMilli(runtime.simNowMillis()).atZone(ZoneOffset.UTC).getMinute() / 60.0;
    }

    private static void fire(BaseInstanceEnabler object, int... resources) {
        if (object != null) {
            object.fireResourcesChange(resources);
        }
    }

    // --- readings for the objects and the control channel ---

    public String firmware() {
        return firmware;
    }

    public List<Integer> errorCodes() {
        return errorCodes;
    }

    public double temperatureC() {
        return temperatureC;
    }

    public long memoryFreeKb() {
        return faults.has(FaultKind.NO_STORAGE) ? 8 : spec.model().memoryKb() - usedMemoryKb;
    }

    /** Device clock (/3/0/13), off by 10 min..2 h with the clock-skew fault. */
    public long deviceTimeMillis() {
        return System.currentTimeMillis() + (faults.has(FaultKind.CLOCK_SKEW) ? clockSkewMillis : 0);
    }

    // --- UpdateHost ---

    @Override
    public String model() {
        return spec.model().name();
    }

    @Override
    public String firmwareVersion() {
        return firmware;
    }

    @Override
    public long freeStorageBytes() {
        return faults.has(FaultKind.NO_STORAGE) ? 4 * 1024 : spec.model().storageKb() * 1024;
    }

    @Override
    public int batteryLevel() {
        return battery.level();
    }

    @Override
    public int minBatteryForUpdate() {
        return spec.model().minBattery();
    }

    @Override
    public Faults faults() {
        return faults;
    }

    @Override
    public Random random() {
        return random;
    }

    @Override
    public double installSeconds() {
        return spec.model().installSeconds();
    }

    @Override
    public void schedule(Runnable task, double simSeconds) {
        runtime.after(simSeconds, task);
    }

    @Override
    public void download(Runnable task) {
        runtime.downloads.execute(task);
    }

    @Override
    public void installed(String version) {
        LOG.info("{}: firmware {} installed (was {}), rebooting", spec.endpoint(), version, firmware);
        firmware = version;
        offlineReason = "firmware-update";
        power.away(DeviceLifecycle.REBOOTING, true, rebootDowntime());
    }

    @Override
    public void powerLost(boolean bricked) {
        LOG.info("{}: power lost while updating{}", spec.endpoint(), bricked ? ": bricked" : "");
        if (bricked) {
            power.off(DeviceLifecycle.BRICKED);
        } else {
            power.away(DeviceLifecycle.REBOOTING, false, rebootDowntime());
        }
    }

    @Override
    public void firmwareProgress(int percent) {
        Listener l = listener;
        if (l != null) {
            l.firmwareChanged();
        }
    }

    @Override
    public void firmwareResourcesChanged(int... resourceIds) {
        fire(firmwareObject, resourceIds);
        Listener l = listener;
        if (l != null) {
            l.firmwareChanged();
        }
    }
}
