package org.fleetdesk.sandbox;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.leshan.client.LwM2mClient;
import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LwM2M Device object (/3) of a stand-in simulated device. Reboot (/3/0/4) deregisters, waits
 * {@link #REBOOT_DOWNTIME_MS} and registers again, like a real device would.
 */
final class SimDevice extends BaseInstanceEnabler {

    private static final Logger LOG = LoggerFactory.getLogger(SimDevice.class);

    static final long REBOOT_DOWNTIME_MS = 2000;

    private static final List<Integer> SUPPORTED = Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15,
            16, 17, 18, 19, 20, 21);

    private final String serialNumber;
    private final ScheduledExecutorService scheduler;
    private final Random random;
    private volatile int batteryLevel;
    private volatile String utcOffset = "+00:00";
    private volatile String timezone = TimeZone.getDefault().getID();

    SimDevice(String serialNumber, ScheduledExecutorService scheduler, long seed) {
        this.serialNumber = serialNumber;
        this.scheduler = scheduler;
        this.random = new Random(seed);
        this.batteryLevel = 60 + random.nextInt(41);
        // Battery drains slowly so observations of /3/0/9 see changes.
        scheduler.scheduleAtFixedRate(this::drainBattery, 30, 30, TimeUnit.SECONDS);
    }

    private void drainBattery() {
        int next = batteryLevel > 5 ? batteryLevel - random.nextInt(2) : 100;
        if (next != batteryLevel) {
            batteryLevel = next;
            fireResourcesChange(9);
        }
    }

    @Override
    public ReadResponse read(ServerIdentity identity, int resourceId) {
        switch (resourceId) {
        case 0:
            return ReadResponse.success(resourceId, "FleetDesk Sim");
        case 1:
            return ReadResponse.success(resourceId, "LT-500");
        case 2:
            return ReadResponse.success(resourceId, serialNumber);
        case 3:
            return ReadResponse.success(resourceId, "1.0.0");
        case 6: // available power sources: DC (0), internal battery (1)
            return ReadResponse.success(resourceId, Map.of(0, 1L, 1, 0L), Type.INTEGER);
        case 7: // power source voltage in mV
            return ReadResponse.success(resourceId, Map.of(0, 3700L, 1, 5000L), Type.INTEGER);
        case 9:
            return ReadResponse.success(resourceId, (long) batteryLevel);
        case 10:
            return ReadResponse.success(resourceId, 2048L);
        case 11:
            return ReadResponse.success(resourceId, Map.of(0, 0L), Type.INTEGER);
        case 13:
            return ReadResponse.success(resourceId, new Date());
        case 14:
            return ReadResponse.success(resourceId, utcOffset);
        case 15:
            return ReadResponse.success(resourceId, timezone);
        case 16:
            return ReadResponse.success(resourceId, "U");
        case 17:
            return ReadResponse.success(resourceId, "Simulated tracker");
        case 18:
            return ReadResponse.success(resourceId, "1.0");
        case 19:
            return ReadResponse.success(resourceId, "1.0.0");
        case 20: // battery status: 0 normal, 1 charging, 4 low
            return ReadResponse.success(resourceId, batteryLevel < 15 ? 4L : 0L);
        case 21:
            return ReadResponse.success(resourceId, 4096L);
        default:
            return super.read(identity, resourceId);
        }
    }

    @Override
    public WriteResponse write(ServerIdentity identity, boolean replace, int resourceId, LwM2mResource value) {
        switch (resourceId) {
        case 14:
            utcOffset = (String) value.getValue();
            fireResourcesChange(resourceId);
            return WriteResponse.success();
        case 15:
            timezone = (String) value.getValue();
            fireResourcesChange(resourceId);
            return WriteResponse.success();
        default:
            return super.write(identity, replace, resourceId, value);
        }
    }

    @Override
    public ExecuteResponse execute(ServerIdentity identity, int resourceId, String params) {
        switch (resourceId) {
        case 4:
            scheduleReboot();
            return ExecuteResponse.success();
        case 5: // factory reset: nothing to reset in the stand-in
        case 12: // reset error code: there are none
            return ExecuteResponse.success();
        default:
            return super.execute(identity, resourceId, params);
        }
    }

    private void scheduleReboot() {
        LwM2mClient client = getLwM2mClient();
        // Answer the Execute first, then go down; never block the CoAP thread.
        scheduler.schedule(() -> {
            LOG.info("{}: rebooting (deregister, {} ms down, register)", serialNumber, REBOOT_DOWNTIME_MS);
            client.stop(true);
            scheduler.schedule(client::start, REBOOT_DOWNTIME_MS, TimeUnit.MILLISECONDS);
        }, 200, TimeUnit.MILLISECONDS);
    }

    @Override
    public List<Integer> getAvailableResourceIds(ObjectModel model) {
        return SUPPORTED;
    }
}
