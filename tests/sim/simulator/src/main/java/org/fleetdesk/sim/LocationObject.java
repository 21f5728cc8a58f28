package org.fleetdesk.sim;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.response.ReadResponse;

/** LwM2M Location (/6/0): where the device stands on its site. */
final class LocationObject extends BaseInstanceEnabler {

    private static final List<Integer> SUPPORTED = Arrays.asList(0, 1, 2, 3, 5, 6);

    private final SimDevice device;
    private final Date fixTime = new Date();

    LocationObject(SimDevice device) {
        this.device = device;
    }

    @Override
    public ReadResponse read(ServerIdentity identity, int resourceId) {
        switch (resourceId) {
        case 0:
            return ReadResponse.success(resourceId, device.spec.latitude());
        case 1:
            return ReadResponse.success(resourceId, device.spec.longitude());
        case 2:
            return ReadResponse.success(resourceId, 35.0); // altitude, m
        case 3:
            return ReadResponse.success(resourceId, 8.0); // radius of uncertainty, m
        case 5:
            return ReadResponse.success(resourceId, fixTime);
        case 6:
            return ReadResponse.success(resourceId, 0.0); // speed, m/s: stationary
        default:
            return super.read(identity, resourceId);
        }
    }

    @Override
    public List<Integer> getAvailableResourceIds(ObjectModel model) {
        return SUPPORTED;
    }
}
