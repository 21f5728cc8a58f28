package org.fleetdesk.sandbox;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.response.ReadResponse;

/** LwM2M Location object (/6) of a stand-in simulated device: a fixed position per device. */
final class SimLocation extends BaseInstanceEnabler {

    private static final List<Integer> SUPPORTED = Arrays.asList(0, 1, 2, 5);

    private final double latitude;
    private final double longitude;
    private final Date timestamp = new Date();

    SimLocation(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    @Override
    public ReadResponse read(ServerIdentity identity, int resourceId) {
        switch (resourceId) {
        case 0:
            return ReadResponse.success(resourceId, latitude);
        case 1:
            return ReadResponse.success(resourceId, longitude);
        case 2:
            return ReadResponse.success(resourceId, 35.0); // altitude in m
        case 5:
            return ReadResponse.success(resourceId, timestamp);
        default:
            return super.read(identity, resourceId);
        }
    }

    @Override
    public List<Integer> getAvailableResourceIds(ObjectModel model) {
        return SUPPORTED;
    }
}
