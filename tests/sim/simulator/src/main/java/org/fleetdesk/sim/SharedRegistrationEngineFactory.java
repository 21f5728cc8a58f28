package org.fleetdesk.sim;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.leshan.client.EndpointsManager;
import org.eclipse.leshan.client.bootstrap.BootstrapHandler;
import org.eclipse.leshan.client.engine.DefaultRegistrationEngineFactory;
import org.eclipse.leshan.client.engine.RegistrationEngine;
import org.eclipse.leshan.client.observer.LwM2mClientObserver;
import org.eclipse.leshan.client.request.LwM2mRequestSender;
import org.eclipse.leshan.client.resource.LwM2mObjectTree;
import org.eclipse.leshan.core.request.ContentFormat;

/**
 * Leshan's registration engine on a pool shared by all devices, separate from the CoAP pool: the engine
 * blocks its thread while a register/update is in flight, and the answer is processed on the CoAP pool.
 * (Leshan would otherwise hand both the same executor, or give each device its own thread.)
 */
final class SharedRegistrationEngineFactory extends DefaultRegistrationEngineFactory {

    private final ScheduledExecutorService registrationPool;

    SharedRegistrationEngineFactory(ScheduledExecutorService registrationPool) {
        this.registrationPool = registrationPool;
    }

    @Override
    public RegistrationEngine createRegistratioEngine(String endpoint, LwM2mObjectTree objectTree,
            EndpointsManager endpointsManager, LwM2mRequestSender requestSender, BootstrapHandler bootstrapState,
            LwM2mClientObserver observer, Map<String, String> additionalAttributes,
            Map<String, String> bsAdditionalAttributes, Set<ContentFormat> supportedContentFormat,
            ScheduledExecutorService sharedExecutor) {
        return super.createRegistratioEngine(endpoint, objectTree, endpointsManager, requestSender, bootstrapState,
                observer, additionalAttributes, bsAdditionalAttributes, supportedContentFormat, registrationPool);
    }
}
