package org.fleetdesk.sim;

import java.util.Arrays;
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

/**
 * LwM2M Firmware Update (/5/0) in front of the device's {@link FirmwareUpdater}. Protocol support (/5/0/8)
 * is HTTP and HTTPS, delivery (/5/0/9) both pull and push: what the updater really does.
 */
final class FirmwareUpdateObject extends BaseInstanceEnabler {

    private static final List<Integer> SUPPORTED = Arrays.asList(0, 1, 2, 3, 5, 6, 7, 8, 9);
    private static final long PROTOCOL_HTTP = 2;
    private static final long PROTOCOL_HTTPS = 3;
    private static final long DELIVERY_PULL_AND_PUSH = 2;

    private final FirmwareUpdater updater;

    FirmwareUpdateObject(FirmwareUpdater updater) {
        this.updater = updater;
    }

    @Override
    public ReadResponse read(ServerIdentity identity, int resourceId) {
        switch (resourceId) {
        case 1:
            return ReadResponse.success(resourceId, updater.packageUri());
        case 3:
            return ReadResponse.success(resourceId, (long) updater.state());
        case 5:
            return ReadResponse.success(resourceId, (long) updater.result());
        case 6:
            return ReadResponse.success(resourceId, updater.packageName());
        case 7:
            return ReadResponse.success(resourceId, updater.packageVersion());
        case 8:
            return ReadResponse.success(resourceId, Map.of(0, PROTOCOL_HTTP, 1, PROTOCOL_HTTPS), Type.INTEGER);
        case 9:
            return ReadResponse.success(resourceId, DELIVERY_PULL_AND_PUSH);
        default:
            return super.read(identity, resourceId);
        }
    }

    @Override
    public WriteResponse write(ServerIdentity identity, boolean replace, int resourceId, LwM2mResource value) {
        switch (resourceId) {
        case 0:
            return answer(updater.writePackage((byte[]) value.getValue()));
        case 1:
            return answer(updater.writePackageUri((String) value.getValue()));
        default:
            return super.write(identity, replace, resourceId, value);
        }
    }

    private static WriteResponse answer(FirmwareUpdater.Outcome outcome) {
        switch (outcome) {
        case ACCEPTED:
            return WriteResponse.success();
        case BUSY:
            return WriteResponse.internalServerError("busy");
        default:
            return WriteResponse.methodNotAllowed();
        }
    }

    @Override
    public ExecuteResponse execute(ServerIdentity identity, int resourceId, String params) {
        if (resourceId != 2) {
            return super.execute(identity, resourceId, params);
        }
        switch (updater.executeUpdate()) {
        case ACCEPTED:
            return ExecuteResponse.success();
        case BUSY:
            return ExecuteResponse.internalServerError("busy");
        default:
            return ExecuteResponse.methodNotAllowed();
        }
    }

    @Override
    public List<Integer> getAvailableResourceIds(ObjectModel model) {
        return SUPPORTED;
    }
}
