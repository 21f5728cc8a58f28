package org.fleetdesk.sim;

import java.util.Arrays;
import java.util.List;

import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;

/** IPSO Temperature (/3303/0): the site's climate with a daily swing, plus min/max since the last reset. */
final class TemperatureObject extends BaseInstanceEnabler {

    private static final List<Integer> SUPPORTED = Arrays.asList(5601, 5602, 5603, 5604, 5605, 5700, 5701);

    private final SimDevice device;
    private double min = Double.NaN;
    private double max = Double.NaN;

    TemperatureObject(SimDevice device) {
        this.device = device;
    }

    private synchronized double current() {
        double value = device.temperatureC();
        min = Double.isNaN(min) ? value : Math.min(min, value);
        max = Double.isNaN(max) ? value : Math.max(max, value);
        return value;
    }

    @Override
    public synchronized ReadResponse read(ServerIdentity identity, int resourceId) {
        double value = current();
        switch (resourceId) {
        case 5700:
            return ReadResponse.success(resourceId, value);
        case 5701:
            return ReadResponse.success(resourceId, "Cel");
        case 5601:
            return ReadResponse.success(resourceId, min);
        case 5602:
            return ReadResponse.success(resourceId, max);
        case 5603:
            return ReadResponse.success(resourceId, -40.0);
        case 5604:
            return ReadResponse.success(resourceId, 85.0);
        default:
            return super.read(identity, resourceId);
        }
    }

    @Override
    public synchronized ExecuteResponse execute(ServerIdentity identity, int resourceId, String params) {
        if (resourceId != 5605) {
            return super.execute(identity, resourceId, params);
        }
        min = Double.NaN;
        max = Double.NaN;
        fireResourcesChange(5601, 5602);
        return ExecuteResponse.success();
    }

    @Override
    public List<Integer> getAvailableResourceIds(ObjectModel model) {
        return SUPPORTED;
    }
}
