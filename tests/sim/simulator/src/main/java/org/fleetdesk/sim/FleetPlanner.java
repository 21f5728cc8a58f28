package org.fleetdesk.sim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Turns a scenario and a seed into the list of devices. Each device draws from its own random source
 * (seed and index), so device 17 is the same whatever the fleet size.
 */
public final class FleetPlanner {

    private static final double KM_PER_DEGREE_LAT = 111.0;

    private FleetPlanner() {
    }

    public static List<DeviceSpec> plan(Scenario scenario, int count, String prefix, long seed, Integer lifetimeOverride) {
        return plan(scenario, count, prefix, seed, lifetimeOverride, 0);
    }

    /**
     * The MQTT devices: the same planning from their own fleet seed ({@link #mqttSeed}), serial numbers from
     * {@code serialBase} + i so that they differ from the LwM2M devices' ({@code LT-500-500017}).
     */
    public static List<DeviceSpec> planMqtt(Scenario scenario, int count, String prefix, long seed) {
        return plan(scenario, count, prefix, mqttSeed(seed), null, MQTT_SERIAL_BASE);
    }

    static final int MQTT_SERIAL_BASE = 500_000;

    static long mqttSeed(long fleetSeed) {
        return deviceSeed(fleetSeed, -1); // a fleet seed of its own, derived from the one seed that is printed
    }

    private static List<DeviceSpec> plan(Scenario scenario, int count, String prefix, long seed,
            Integer lifetimeOverride, int serialBase) {
        WeightedChoice<SiteSpec> sites = new WeightedChoice<>();
        scenario.sites.forEach(s -> sites.add(s, s.weight()));
        WeightedChoice<String> groups = new WeightedChoice<>();
        scenario.groups.forEach(groups::add);
        WeightedChoice<ModelSpec> models = new WeightedChoice<>();
        scenario.models.forEach(m -> models.add(m, m.weight()));
        int lifetime = lifetimeOverride != null ? lifetimeOverride : scenario.lifetimeSeconds;

        List<DeviceSpec> devices = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            long deviceSeed = deviceSeed(seed, i);
            Random random = new Random(deviceSeed);
            SiteSpec site = sites.pick(random);
            String group = groups.pick(random);
            ModelSpec model = models.pick(random);
            WeightedChoice<String> versions = new WeightedChoice<>();
            for (Map.Entry<String, Double> share : model.firmwareShares().entrySet()) {
                versions.add(share.getKey(), share.getValue());
            }
            String firmware = versions.isEmpty() ? model.factoryFirmware() : versions.pick(random);
            double angle = random.nextDouble() * 2 * Math.PI;
            double distanceKm = Math.sqrt(random.nextDouble()) * site.radiusKm();
            double latitude = site.latitude() + distanceKm * Math.cos(angle) / KM_PER_DEGREE_LAT;
            double longitude = site.longitude()
                    + distanceKm * Math.sin(angle) / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(site.latitude())));
            boolean queueMode = random.nextDouble() < scenario.queueModeShare;
            double signalMean = -70 - random.nextDouble() * 40; // -70 .. -110 dBm
            int battery = model.power().equals("mains") ? 100 : 40 + random.nextInt(61);
            Set<FaultKind> faults = EnumSet.noneOf(FaultKind.class);
            for (FaultShare fault : scenario.faults) {
                if (random.nextDouble() < fault.share()) {
                    faults.add(fault.kind());
                }
            }
            devices.add(new DeviceSpec(i, String.format("%s%04d", prefix, i), String.format("%s-%06d", model.name(), serialBase + i),
                    site, group, model, firmware, round6(latitude), round6(longitude), queueMode,
                    queueMode ? Math.max(lifetime, scenario.queueModeLifetimeSeconds) : lifetime, signalMean, battery,
                    deviceSeed, 10000 + random.nextInt(50000), String.format("10.%d.%d.%d", (i >> 16) & 255,
                            (i >> 8) & 255, i & 255),
                    faults));
        }
        return devices;
    }

    static long deviceSeed(long fleetSeed, int index) {
        long z = fleetSeed + 0x9E3779B97F4A7C15L * index; // SplitMix64 step: well-spread seeds per device
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
