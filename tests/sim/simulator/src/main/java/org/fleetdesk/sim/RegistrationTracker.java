package org.fleetdesk.sim;

import org.eclipse.leshan.client.observer.LwM2mClientObserverAdapter;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.request.BootstrapRequest;
import org.eclipse.leshan.core.request.DeregisterRequest;
import org.eclipse.leshan.core.request.RegisterRequest;
import org.eclipse.leshan.core.request.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Follows a device's registration for the control channel, and logs the interesting moments. */
final class RegistrationTracker extends LwM2mClientObserverAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationTracker.class);

    private final SimDevice device;

    RegistrationTracker(SimDevice device) {
        this.device = device;
    }

    private String ep() {
        return device.spec.endpoint();
    }

    @Override
    public void onBootstrapSuccess(ServerIdentity server, BootstrapRequest request) {
        LOG.info("{}: bootstrapped by {}", ep(), server.getUri());
    }

    @Override
    public void onRegistrationSuccess(ServerIdentity server, RegisterRequest request, String registrationId) {
        device.setRegistered(true);
        LOG.debug("{}: registered as {}", ep(), registrationId);
    }

    @Override
    public void onRegistrationFailure(ServerIdentity server, RegisterRequest request, ResponseCode code,
            String message, Exception cause) {
        device.setRegistered(false);
        LOG.warn("{}: registration failed: {} {}", ep(), code, cause != null ? cause.toString() : message);
    }

    @Override
    public void onRegistrationTimeout(ServerIdentity server, RegisterRequest request) {
        device.setRegistered(false);
        LOG.warn("{}: registration timed out", ep());
    }

    @Override
    public void onUpdateSuccess(ServerIdentity server, UpdateRequest request) {
        device.setRegistered(true);
    }

    @Override
    public void onUpdateFailure(ServerIdentity server, UpdateRequest request, ResponseCode code, String message,
            Exception cause) {
        device.setRegistered(false);
        LOG.info("{}: registration update failed ({}), registering again", ep(), code);
    }

    @Override
    public void onUpdateTimeout(ServerIdentity server, UpdateRequest request) {
        device.setRegistered(false);
    }

    @Override
    public void onDeregistrationSuccess(ServerIdentity server, DeregisterRequest request) {
        device.setRegistered(false);
        LOG.debug("{}: deregistered", ep());
    }
}
