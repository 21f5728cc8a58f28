package org.fleetdesk.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.leshan.client.californium.LeshanClient;
import org.eclipse.leshan.client.californium.LeshanClientBuilder;
import org.eclipse.leshan.client.object.Security;
import org.eclipse.leshan.client.object.Server;
import org.eclipse.leshan.client.observer.LwM2mClientObserverAdapter;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;
import org.eclipse.leshan.client.resource.ObjectsInitializer;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.LwM2mId;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.request.BootstrapRequest;
import org.eclipse.leshan.core.request.DeregisterRequest;
import org.eclipse.leshan.core.request.RegisterRequest;
import org.eclipse.leshan.core.request.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in device simulator for the sandbox, until FleetDesk's real simulator exists: N LwM2M clients
 * ({@code sim-lwm2m-0001}, ...) in one JVM, built on the Leshan client library, registering without
 * security to one LwM2M server (or bootstrapping first, with {@code --bootstrap}). Each has /0, /1,
 * /3 Device ({@link SimDevice}) and /6 Location ({@link SimLocation}). SIGTERM deregisters them all.
 */
public final class SimClientMain {

    private static final Logger LOG = LoggerFactory.getLogger(SimClientMain.class);

    private static final int SHORT_SERVER_ID = 123;

    private static final String USAGE = String.join("\n",
            "usage: SimClientMain (--server URL | --bootstrap URL) [options]",
            "  --server URL      LwM2M server URL (coap://...): register there directly",
            "  --bootstrap URL   LwM2M bootstrap server URL (coap://...): get the server account from there",
            "  --count N         number of LwM2M devices (default 5)",
            "  --prefix P        endpoint name prefix (default sim-lwm2m-); names are P0001, P0002, ...",
            "  --lifetime S      registration lifetime in seconds (default 30)",
            "  --local-host H    local bind address (default 127.0.0.1)",
            "  --scenario FILE   reserved for the real simulator; ignored");

    private SimClientMain() {
    }

    public static void main(String[] args) {
        try {
            start(args);
        } catch (RuntimeException e) {
            LOG.error("Cannot start the simulated devices", e);
            System.exit(1);
        }
        Daemons.awaitTermination();
    }

    private static void start(String[] args) {
        CommandLine cli = new CommandLine(args,
                Set.of("server", "bootstrap", "count", "prefix", "lifetime", "local-host", "scenario"), USAGE);
        if (cli.has("server") == cli.has("bootstrap")) {
            System.err.println(USAGE);
            System.exit(2);
        }
        String serverUrl = cli.get("server", null);
        String bootstrapUrl = cli.get("bootstrap", null);
        int count = cli.getInt("count", 5);
        String prefix = cli.get("prefix", "sim-lwm2m-");
        int lifetime = cli.getInt("lifetime", 30);
        String localHost = cli.get("local-host", "127.0.0.1");

        // Device timers and reboots. Not handed to Leshan as its shared executor: Leshan's registration
        // engine blocks a thread per device while it waits for the server, which starves a small shared pool.
        ScheduledExecutorService deviceTasks = Executors.newScheduledThreadPool(2, Daemons.threadFactory("sim"));
        List<LeshanClient> clients = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String endpoint = String.format("%s%04d", prefix, i);
            String serial = String.format("LT-500-%06d", i);

            ObjectsInitializer initializer = new ObjectsInitializer();
            if (bootstrapUrl != null) {
                initializer.setInstancesForObject(LwM2mId.SECURITY, Security.noSecBootstap(bootstrapUrl));
                initializer.setClassForObject(LwM2mId.SERVER, Server.class);
            } else {
                initializer.setInstancesForObject(LwM2mId.SECURITY, Security.noSec(serverUrl, SHORT_SERVER_ID));
                initializer.setInstancesForObject(LwM2mId.SERVER, new Server(SHORT_SERVER_ID, lifetime));
            }
            initializer.setInstancesForObject(LwM2mId.DEVICE, new SimDevice(serial, deviceTasks, i));
            // Spread the devices around a point (Berlin), a few hundred metres apart.
            initializer.setInstancesForObject(LwM2mId.LOCATION,
                    new SimLocation(52.52 + 0.003 * (i % 10), 13.405 + 0.003 * (i / 10)));

            // /3 and /6 are single-instance objects: the server can never Create one, but ObjectsInitializer
            // wants a factory for every object whose instances lack a default constructor.
            initializer.setFactoryForObject(LwM2mId.DEVICE, SimClientMain::refuseCreate);
            initializer.setFactoryForObject(LwM2mId.LOCATION, SimClientMain::refuseCreate);

            LeshanClientBuilder builder = new LeshanClientBuilder(endpoint);
            builder.setLocalAddress(localHost, 0);
            builder.setObjects(initializer.createAll());
            LeshanClient client = builder.build();
            client.addObserver(new RegistrationLog(endpoint));
            clients.add(client);
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(clients), "shutdown"));
        for (LeshanClient client : clients) {
            client.start();
        }
        LOG.info("Started {} LwM2M device(s) against {}", count, bootstrapUrl != null
                ? "bootstrap server " + bootstrapUrl : serverUrl + " (lifetime " + lifetime + " s)");
    }

    /**
     * Logs registrations at INFO. Leshan's own client logging is turned down in logback.xml: with the short
     * sandbox lifetime it logs every registration update (every few seconds per device).
     */
    private static final class RegistrationLog extends LwM2mClientObserverAdapter {
        private final String endpoint;

        RegistrationLog(String endpoint) {
            this.endpoint = endpoint;
        }

        @Override
        public void onBootstrapSuccess(ServerIdentity server, BootstrapRequest request) {
            LOG.info("{}: bootstrapped by {}", endpoint, server.getUri());
        }

        @Override
        public void onBootstrapFailure(ServerIdentity server, BootstrapRequest request, ResponseCode code,
                String message, Exception cause) {
            LOG.warn("{}: bootstrap from {} failed: {} {}", endpoint, server.getUri(), code,
                    cause != null ? cause.toString() : message);
        }

        @Override
        public void onRegistrationSuccess(ServerIdentity server, RegisterRequest request, String registrationId) {
            LOG.info("{}: registered to {} as {}", endpoint, server.getUri(), registrationId);
        }

        @Override
        public void onRegistrationFailure(ServerIdentity server, RegisterRequest request, ResponseCode code,
                String message, Exception cause) {
            LOG.warn("{}: registration to {} failed: {} {}", endpoint, server.getUri(), code,
                    cause != null ? cause.toString() : message);
        }

        @Override
        public void onRegistrationTimeout(ServerIdentity server, RegisterRequest request) {
            LOG.warn("{}: registration to {} timed out", endpoint, server.getUri());
        }

        @Override
        public void onUpdateFailure(ServerIdentity server, UpdateRequest request, ResponseCode code,
                String message, Exception cause) {
            LOG.info("{}: registration update failed ({}), registering again", endpoint, code);
        }

        @Override
        public void onDeregistrationSuccess(ServerIdentity server, DeregisterRequest request) {
            LOG.info("{}: deregistered", endpoint);
        }
    }

    private static LwM2mInstanceEnabler refuseCreate(ObjectModel model, Integer id, Collection<Integer> used) {
        throw new IllegalStateException("object " + model.id + " is single-instance");
    }

    /** Deregisters all devices in parallel, bounded in time so that a dead server cannot stall shutdown. */
    private static void shutdown(List<LeshanClient> clients) {
        LOG.info("Deregistering {} device(s)", clients.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(16, clients.size())),
                Daemons.threadFactory("deregister"));
        for (LeshanClient client : clients) {
            pool.execute(() -> client.destroy(true));
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Deregistration did not finish in 5 s; exiting anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
