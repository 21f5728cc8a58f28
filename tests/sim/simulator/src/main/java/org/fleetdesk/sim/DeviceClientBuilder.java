package org.fleetdesk.sim;

import java.util.Collection;

import org.eclipse.californium.core.network.config.NetworkConfig;
import org.eclipse.leshan.client.californium.LeshanClient;
import org.eclipse.leshan.client.californium.LeshanClientBuilder;
import org.eclipse.leshan.client.object.Security;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;
import org.eclipse.leshan.client.resource.ObjectsInitializer;
import org.eclipse.leshan.core.LwM2mId;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.model.ObjectModel;

/**
 * Builds the Leshan client of one simulated device: its objects (/0, /1 with Disable, /3, /4, /5, /6, /3303,
 * /33000) and a CoAP stack that shares the fleet's thread pools.
 */
final class DeviceClientBuilder {

    static final int SHORT_SERVER_ID = 123;
    /**
     * Leshan's client sends its registration update at lifetime minus the CoAP exchange lifetime (247 s), or
     * at about 15 % of the lifetime when that is shorter than 30 s: every ~4.5 s with a 30 s lifetime. With
     * 10 s the update comes at ~75 % of the lifetime (22.7 s of 30 s), a sane load for a thousand devices.
     */
    private static final long EXCHANGE_LIFETIME_MS = 10_000;

    private final LwM2mModel model = SimModels.load();
    private final NetworkConfig coapConfig;
    private final SimRuntime runtime;
    private final String serverUrl;
    private final String bootstrapUrl;
    private final String localHost;
    private final int queueWakeSeconds;

    DeviceClientBuilder(SimRuntime runtime, String serverUrl, String bootstrapUrl, String localHost, int queueWakeSeconds) {
        this.runtime = runtime;
        this.serverUrl = serverUrl;
        this.bootstrapUrl = bootstrapUrl;
        this.localHost = localHost;
        this.queueWakeSeconds = queueWakeSeconds;
        coapConfig = LeshanClientBuilder.createDefaultNetworkConfig();
        coapConfig.setLong(NetworkConfig.Keys.EXCHANGE_LIFETIME, EXCHANGE_LIFETIME_MS);
        coapConfig.setInt(NetworkConfig.Keys.NETWORK_STAGE_RECEIVER_THREAD_COUNT, 1);
        coapConfig.setInt(NetworkConfig.Keys.NETWORK_STAGE_SENDER_THREAD_COUNT, 1);
    }

    LeshanClient build(SimDevice device) {
        DeviceSpec spec = device.spec;
        ObjectsInitializer initializer = new ObjectsInitializer(model);
        // Server instances written by a bootstrap server (or created by a server) get Disable too.
        initializer.setFactoryForObject(LwM2mId.SERVER, (m, id, used) -> {
            DisablingServer server = new DisablingServer(device::disable);
            server.setId(id != null ? id : 0);
            server.setModel(m);
            return server;
        });
        if (bootstrapUrl != null) {
            initializer.setInstancesForObject(LwM2mId.SECURITY, Security.noSecBootstap(bootstrapUrl));
        } else {
            initializer.setInstancesForObject(LwM2mId.SECURITY, Security.noSec(serverUrl, SHORT_SERVER_ID));
            initializer.setInstancesForObject(LwM2mId.SERVER,
                    new DisablingServer(device::disable, SHORT_SERVER_ID, spec.lifetimeSeconds()));
        }
        DeviceObject deviceObject = new DeviceObject(device);
        ConnectivityObject connectivity = new ConnectivityObject(device);
        FirmwareUpdateObject firmware = new FirmwareUpdateObject(device.updater);
        TemperatureObject temperature = new TemperatureObject(device);
        single(initializer, LwM2mId.DEVICE, deviceObject);
        single(initializer, LwM2mId.CONNECTIVITY_MONITORING, connectivity);
        single(initializer, LwM2mId.FIRMWARE, firmware);
        single(initializer, LwM2mId.LOCATION, new LocationObject(device));
        single(initializer, 3303, temperature);
        single(initializer, ConfigObject.OBJECT_ID, new ConfigObject(device));
        device.attachObjects(deviceObject, connectivity, firmware, temperature);

        SharedRegistrationEngineFactory engine = new SharedRegistrationEngineFactory(runtime.registration);
        engine.setRequestTimeoutInMs(5_000);
        engine.setDeregistrationTimeoutInMs(3_000);
        engine.setRetryWaitingTimeInMs(5_000);
        if (spec.queueMode()) {
            engine.setQueueMode(true);
            engine.setCommunicationPeriod(queueWakeSeconds * 1000);
        }
        LeshanClientBuilder builder = new LeshanClientBuilder(spec.endpoint());
        builder.setLocalAddress(localHost, 0);
        builder.setObjects(initializer.createAll());
        builder.setCoapConfig(coapConfig);
        builder.setSharedExecutor(runtime.coap);
        builder.setRegistrationEngineFactory(engine);
        LeshanClient client = builder.build();
        client.addObserver(new RegistrationTracker(device));
        return client;
    }

    /** The objects' instances are given; nobody may Create more (a factory is still required). */
    private static void single(ObjectsInitializer initializer, int objectId, LwM2mInstanceEnabler instance) {
        initializer.setInstancesForObject(objectId, instance);
        initializer.setFactoryForObject(objectId, DeviceClientBuilder::refuseCreate);
    }

    private static LwM2mInstanceEnabler refuseCreate(ObjectModel model, Integer id, Collection<Integer> used) {
        throw new IllegalStateException("object " + model.id + " does not accept Create");
    }
}
