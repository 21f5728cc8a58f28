package org.fleetdesk.sim;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.leshan.client.object.Server;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;

/**
 * Leshan's Server object (/1/x) plus what the library leaves out: Disable (/1/x/4) deregisters and keeps the
 * device away for the Disable Timeout (/1/x/5, default 86400 s, simulated time).
 */
final class DisablingServer extends Server {

    static final int DISABLE = 4;
    static final int DISABLE_TIMEOUT = 5;
    static final long DEFAULT_DISABLE_TIMEOUT = 86400;

    /** What Disable does to the device (the device's {@code disable}; a recorder in unit tests). */
    interface Disabler {
        boolean disable(long timeoutSeconds);
    }

    private final Disabler disabler;
    private volatile long disableTimeoutSeconds = DEFAULT_DISABLE_TIMEOUT;

    DisablingServer(Disabler disabler, int shortServerId, long lifetime) {
        super(shortServerId, lifetime);
        this.disabler = disabler;
    }

    /** For servers created by a bootstrap server. */
    DisablingServer(Disabler disabler) {
        this.disabler = disabler;
    }

    long disableTimeoutSeconds() {
        return disableTimeoutSeconds;
    }

    @Override
    public ReadResponse read(ServerIdentity identity, int resourceId) {
        if (resourceId == DISABLE_TIMEOUT) {
            return ReadResponse.success(resourceId, disableTimeoutSeconds);
        }
        return super.read(identity, resourceId);
    }

    @Override
    public WriteResponse write(ServerIdentity identity, boolean replace, int resourceId, LwM2mResource value) {
        if (resourceId == DISABLE_TIMEOUT) {
            long seconds = (Long) value.getValue();
            if (seconds < 0) {
                return WriteResponse.badRequest("Disable Timeout must not be negative");
            }
            disableTimeoutSeconds = seconds;
            fireResourcesChange(resourceId);
            return WriteResponse.success();
        }
        return super.write(identity, replace, resourceId, value);
    }

    @Override
    public ExecuteResponse execute(ServerIdentity identity, int resourceId, String params) {
        if (resourceId == DISABLE) {
            disabler.disable(disableTimeoutSeconds);
            return ExecuteResponse.success();
        }
        return super.execute(identity, resourceId, params);
    }

    @Override
    public void reset(int resourceId) {
        if (resourceId == DISABLE_TIMEOUT) {
            disableTimeoutSeconds = DEFAULT_DISABLE_TIMEOUT;
            return;
        }
        super.reset(resourceId);
    }

    @Override
    public List<Integer> getAvailableResourceIds(ObjectModel model) {
        List<Integer> ids = new ArrayList<>(super.getAvailableResourceIds(model));
        for (int id : new int[] { DISABLE, DISABLE_TIMEOUT }) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        ids.sort(null);
        return ids;
    }
}
