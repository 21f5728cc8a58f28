package org.fleetdesk.sandbox;

import org.eclipse.leshan.core.request.BootstrapDeleteRequest;
import org.eclipse.leshan.core.request.BootstrapDiscoverRequest;
import org.eclipse.leshan.core.request.BootstrapDownlinkRequest;
import org.eclipse.leshan.core.request.BootstrapRequest;
import org.eclipse.leshan.core.request.BootstrapWriteRequest;
import org.eclipse.leshan.core.request.Identity;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.server.bootstrap.BootstrapFailureCause;
import org.eclipse.leshan.server.bootstrap.BootstrapSession;
import org.eclipse.leshan.server.bootstrap.BootstrapSessionListener;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes bootstrap session progress as {@code BSSESSION} server-sent events with the Leshan bsserver
 * demo's payload {@code {"name":..., "endpoint":..., "time":<ms>, "message":...}}.
 */
final class BootstrapSessionEvents implements BootstrapSessionListener {

    private final EventStream events;
    private final ObjectMapper mapper;

    BootstrapSessionEvents(EventStream events, ObjectMapper mapper) {
        this.events = events;
        this.mapper = mapper;
    }

    private void publish(String name, String endpoint, String message) {
        ObjectNode data = mapper.createObjectNode();
        data.put("name", name);
        data.put("endpoint", endpoint);
        data.put("time", System.currentTimeMillis());
        if (message != null) {
            data.put("message", message);
        }
        // One line per event: serialize without the mapper's indentation.
        events.send("BSSESSION", endpoint, data.toString());
    }

    @Override
    public void sessionInitiated(BootstrapRequest request, Identity identity) {
        publish("new session", request.getEndpointName(), "from " + identity);
    }

    @Override
    public void unAuthorized(BootstrapRequest request, Identity identity) {
        publish("unauthorized", request.getEndpointName(), "from " + identity);
    }

    @Override
    public void authorized(BootstrapSession session) {
        publish("authorized", session.getEndpoint(), null);
    }

    @Override
    public void noConfig(BootstrapSession session) {
        publish("no config", session.getEndpoint(), null);
    }

    @Override
    public void sendRequest(BootstrapSession session, BootstrapDownlinkRequest<? extends LwM2mResponse> request) {
        String name;
        if (request instanceof BootstrapDiscoverRequest) {
            name = "send discover";
        } else if (request instanceof BootstrapDeleteRequest) {
            name = "send delete";
        } else if (request instanceof BootstrapWriteRequest) {
            name = "send write";
        } else {
            name = "send request";
        }
        publish(name, session.getEndpoint(), request.toString());
    }

    @Override
    public void onResponseSuccess(BootstrapSession session,
            BootstrapDownlinkRequest<? extends LwM2mResponse> request, LwM2mResponse response) {
        publish("receive success response", session.getEndpoint(), response.toString());
    }

    @Override
    public void onResponseError(BootstrapSession session,
            BootstrapDownlinkRequest<? extends LwM2mResponse> request, LwM2mResponse response) {
        publish("receive error response", session.getEndpoint(), response.toString());
    }

    @Override
    public void onRequestFailure(BootstrapSession session,
            BootstrapDownlinkRequest<? extends LwM2mResponse> request, Throwable cause) {
        publish("request failure", session.getEndpoint(), String.valueOf(cause));
    }

    @Override
    public void end(BootstrapSession session) {
        publish("finished", session.getEndpoint(), null);
    }

    @Override
    public void failed(BootstrapSession session, BootstrapFailureCause cause) {
        publish("failed", session.getEndpoint(), String.valueOf(cause));
    }
}
