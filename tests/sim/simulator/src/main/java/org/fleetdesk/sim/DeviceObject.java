package org.fleetdesk.sim;

import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;

/** LwM2M Device (/3/0) of a simulated device. */
final class DeviceObject extends BaseInstanceEnabler {

    private static final List<Integer> SUPPORTED = Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
            16, 17, 18, 19, 20, 21);

    private final SimDevice device;
    private volatile String utcOffset = "+00:00";
    private volatile String timezone = "Etc/UTC";

    DeviceObject(SimDevice device) {
        this.device = device;
    }

    @Override
    public ReadResponse read(ServerIdentity identity, int resourceId) {
        ModelSpec model = device.spec.model();
        switch (resourceId) {
        case 0:
            return ReadResponse.success(resourceId, model.manufacturer());
        case 1:
            return ReadResponse.success(resourceId, model.name());
        case 2:
            return ReadResponse.success(resourceId, device.spec.serial());
        case 3:
            return ReadResponse.success(resourceId, device.firmware());
        case 6:
            return ReadResponse.success(resourceId, indexed(device.battery.powerSources()), Type.INTEGER);
        case 7: // voltage per power source, mV
            return ReadResponse.success(resourceId, perSource(3000 + 12L * device.battery.level(), 5000), Type.INTEGER);
        case 8: // current per power source, mA
            return ReadResponse.success(resourceId, perSource(device.lifecycle() == DeviceLifecycle.RUNNING ? 45 : 0, 0),
                    Type.INTEGER);
        case 9:
            return ReadResponse.success(resourceId, (long) device.battery.level());
        case 10:
            return ReadResponse.success(resourceId, device.memoryFreeKb());
        case 11:
            return ReadResponse.success(resourceId, indexed(device.errorCodes()), Type.INTEGER);
        case 13:
            return ReadResponse.success(resourceId, new Date(device.deviceTimeMillis()));
        case 14:
            return ReadResponse.success(resourceId, utcOffset);
        case 15:
            return ReadResponse.success(resourceId, timezone);
        case 16:
            return ReadResponse.success(resourceId, "U");
        case 17:
            return ReadResponse.success(resourceId, model.deviceType());
        case 18:
            return ReadResponse.success(resourceId, model.hardwareVersion());
        case 19:
            return ReadResponse.success(resourceId, "fleetdesk-sim " + device.firmware());
        case 20:
            return ReadResponse.success(resourceId, (long) device.battery.status());
        case 21:
            return ReadResponse.success(resourceId, model.memoryKb());
        default:
            return super.read(identity, resourceId);
        }
    }

    private Map<Integer, Long> perSource(long battery, long other) {
        long[] sources = device.battery.powerSources();
        Map<Integer, Long> values = new HashMap<>();
        for (int i = 0; i < sources.length; i++) {
            values.put(i, sources[i] == 1 ? battery : other);
        }
        return values;
    }

    private static Map<Integer, Long> indexed(long[] values) {
        Map<Integer, Long> map = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(i, values[i]);
        }
        return map;
    }

    private static Map<Integer, Long> indexed(List<Integer> values) {
        Map<Integer, Long> map = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            map.put(i, (long) values.get(i));
        }
        return map;
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
            if (device.faults.has(FaultKind.BUSY)) {
                return ExecuteResponse.internalServerError("busy");
            }
            device.reboot();
            return ExecuteResponse.success();
        case 5:
            if (device.faults.has(FaultKind.BUSY)) {
                return ExecuteResponse.internalServerError("busy");
            }
            device.factoryReset();
            return ExecuteResponse.success();
        case 12:
            device.resetErrorCodes();
            return ExecuteResponse.success();
        default:
            return super.execute(identity, resourceId, params);
        }
    }

    @Override
    public List<Integer> getAvailableResourceIds(ObjectModel model) {
        return SUPPORTED;
    }
}
