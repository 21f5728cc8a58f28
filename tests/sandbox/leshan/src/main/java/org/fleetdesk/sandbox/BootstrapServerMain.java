package org.fleetdesk.sandbox;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.leshan.server.californium.bootstrap.LeshanBootstrapServer;
import org.eclipse.leshan.server.californium.bootstrap.LeshanBootstrapServerBuilder;
import org.eclipse.leshan.server.security.FileSecurityStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * FleetDesk's sandbox LwM2M bootstrap server: Leshan's Californium bootstrap server (library, not the demo,
 * which is not served by the Maven repository this project can reach) plus a REST facade shaped like the
 * Leshan bsserver demo's API (see {@link BootstrapRestApi}).
 *
 * <p>
 * State: {@code <data-dir>/bootstrapStore.json} (configs) and {@code <data-dir>/security.data} (credentials
 * for reaching this server, Leshan's FileSecurityStore format).
 */
public final class BootstrapServerMain {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapServerMain.class);

    private static final String USAGE = String.join("\n",
            "usage: BootstrapServerMain --coap-port P --web-port P [options]",
            "  --coap-host H     CoAP (UDP) bind address (default 127.0.0.1)",
            "  --coap-port P     CoAP port",
            "  --coaps-port P    CoAP over DTLS port, PSK only (default: no DTLS endpoint)",
            "  --web-host H      HTTP bind address (default 127.0.0.1)",
            "  --web-port P      HTTP port for the REST API",
            "  --data-dir D      where bootstrapStore.json and security.data live (default .)");

    private BootstrapServerMain() {
    }

    public static void main(String[] args) {
        try {
            start(args);
        } catch (Exception e) {
            // Exit rather than linger half-started (e.g. a port in use): the sandbox sees the exit at once.
            LOG.error("Cannot start the bootstrap server", e);
            System.exit(1);
        }
        Daemons.awaitTermination();
    }

    private static void start(String[] args) throws Exception {
        CommandLine cli = new CommandLine(args,
                Set.of("coap-host", "coap-port", "coaps-port", "web-host", "web-port", "data-dir"), USAGE);
        if (!cli.has("coap-port") || !cli.has("web-port")) {
            System.err.println(USAGE);
            System.exit(2);
        }
        String coapHost = cli.get("coap-host", "127.0.0.1");
        String webHost = cli.get("web-host", "127.0.0.1");
        Path dataDir = Paths.get(cli.get("data-dir", ".")).toAbsolutePath();
        Files.createDirectories(dataDir);

        ObjectMapper mapper = BootstrapJson.createMapper();
        JsonFileBootstrapConfigStore configStore = new JsonFileBootstrapConfigStore(
                dataDir.resolve("bootstrapStore.json"), mapper);
        FileSecurityStore securityStore = new FileSecurityStore(dataDir.resolve("security.data").toString());

        LeshanBootstrapServerBuilder builder = new LeshanBootstrapServerBuilder();
        builder.setLocalAddress(coapHost, cli.getInt("coap-port", 0));
        if (cli.has("coaps-port")) {
            builder.setLocalSecureAddress(coapHost, cli.getInt("coaps-port", 0));
        } else {
            builder.disableSecuredEndpoint();
        }
        builder.setConfigStore(configStore);
        builder.setSecurityStore(new CombinedBootstrapSecurityStore(securityStore, configStore));
        LeshanBootstrapServer server = builder.build();

        EventStream events = new EventStream();
        server.addListener(new BootstrapSessionEvents(events, mapper));

        HttpServer http = HttpServer.create(new InetSocketAddress(webHost, cli.getInt("web-port", 0)), 0);
        ExecutorService httpThreads = Executors.newCachedThreadPool();
        http.setExecutor(httpThreads);
        http.createContext("/", new BootstrapRestApi(configStore, securityStore, events, mapper,
                server::getUnsecuredAddress, server::getSecuredAddress));

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping");
            http.stop(0);
            httpThreads.shutdownNow();
            events.close();
            server.destroy();
        }, "shutdown"));

        server.start();
        http.start();
        LOG.info("Bootstrap server started: coap {} coaps {}, REST http://{}:{}/api/bootstrap",
                server.getUnsecuredAddress(), server.getSecuredAddress(), webHost, http.getAddress().getPort());
    }
}
