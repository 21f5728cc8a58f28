package org.fleetdesk.sim;

import java.util.Set;

/** Everything that is fixed about one simulated device when the fleet is planned (from the seed). */
public record DeviceSpec(int index, String endpoint, String serial, SiteSpec site, String group, ModelSpec model,
        String firmware, double latitude, double longitude, boolean queueMode, int lifetimeSeconds,
        double signalMeanDbm, int batteryStart, long seed, int cellId, String ipAddress, Set<FaultKind> faults) {
}
