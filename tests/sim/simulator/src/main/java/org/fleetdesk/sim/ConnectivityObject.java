package org.fleetdesk.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.response.ReadResponse;

/** LwM2M Connectivity Monitoring (/4/0): an LTE-M/NB-IoT modem whose signal wanders around its mean. */
final class ConnectivityObject extends BaseInstanceEnabler {

    private static final List<Integer> SUPPORTED = Arrays.asList(0, 1, 2, 3, 4, 7, 8, 9, 10);
    private static final long BEARER_LTE_FDD = 6;
    private static final long BEARER_NB_IOT = 7;

    private final SimDevice device;
    private final long bearer;

    ConnectivityObject(SimDevice device) {
        this.device = device;
        this.bearer = device.spec.queueMode() ? BEARER_NB_IOT : BEARER_LTE_FDD;
    }

    @Override
    public ReadResponse read(ServerIdentity identity, int resourceId) {
        switch (resourceId) {
        case 0:
            return ReadResponse.success(resourceId, bearer);
        case 1:
            return ReadResponse.success(resourceId, Map.of(0, BEARER_LTE_FDD, 1, BEARER_NB_IOT), Type.INTEGER);
        case 2:
            return ReadResponse.success(resourceId, (long) device.signal.dbm());
        case 3:
            return ReadResponse.success(resourceId, (long) device.signal.linkQuality());
        case 4:
            return ReadResponse.success(resourceId, Map.of(0, device.spec.ipAddress()), Type.STRING);
        case 7:
            return ReadResponse.success(resourceId, Map.of(0, "iot.fleetdesk.example"), Type.STRING);
        case 8:
            return ReadResponse.success(resourceId, (long) device.spec.cellId());
        case 9:
            return ReadResponse.success(resourceId, 1L); // SMNC
        case 10:
            return ReadResponse.success(resourceId, 262L); // SMCC (Germany)
        default:
            return super.read(identity, resourceId);
        }
    }

    @Override
    public List<Integer> getAvailableResourceIds(ObjectModel model) {
        return SUPPORTED;
    }
}
