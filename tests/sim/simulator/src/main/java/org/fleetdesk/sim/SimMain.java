package org.fleetdesk.sim;

import java.nio.file.Path;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import javax.net.ssl.SSLContext;

import org.eclipse.leshan.client.californium.LeshanClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FleetDesk's LwM2M fleet simulator (docs/sim.md): N devices on the Leshan client library in one JVM,
 * planned from a scenario and a seed, with a control channel over HTTP. SIGTERM deregisters them all.
 */
public final class SimMain {

    private static final Logger LOG = LoggerFactory.getLogger(SimMain.class);

    private static final String USAGE = String.join("\n",
            "usage: SimMain [--server URL | --bootstrap URL] [options]",
            "  --server URL          LwM2M server (coap://...) to register at (else the scenario's server.url)",
            "  --bootstrap URL       bootstrap server (coap://...) to get the server account from instead",
            "  --scenario FILE       scenario JSON (docs/sim.md); default: 5 LT-500 trackers in Berlin",
            "  --count N             number of devices (overrides the scenario's \"devices\")",
            "  --prefix P            endpoint prefix (default sim-lwm2m-); names are P0001, P0002, ...",
            "  --lifetime S          registration lifetime in seconds (overrides the scenario)",
            "  --time-scale X        simulated seconds per real second (overrides the scenario)",
            "  --reboot-downtime S   simulated seconds a reboot keeps a device away (overrides the scenario)",
            "  --seed N              fleet seed (overrides the scenario's; default random); printed at start",
            "  --local-host H        local CoAP bind address (default 127.0.0.1)",
            "  --control-host H      control channel address (default 127.0.0.1)",
            "  --control-port P      control channel port (default 0: any free port; printed)",
            "  --firmware-ca FILE    PEM CA certificate(s) HTTPS firmware downloads trust",
            "  --firmware-key FILE   PEM Ed25519 public key; signed images must verify against it",
            "  --mqtt-broker URL     broker of the MQTT devices, mqtt://HOST:PORT (else the scenario's mqtt.broker)",
            "  --mqtt-devices N      number of MQTT devices (overrides the scenario's mqtt.devices; default 0)",
            "  --mqtt-prefix P       MQTT device id prefix (default sim-mqtt-); ids P0001, P0002, ...",
            "  --mqtt-passwords FILE <id>:<password> lines: devices listed log in as user <id>",
            "  --mqtt-user U         shared user name for devices not in --mqtt-passwords",
            "  --mqtt-password-file F  the shared user's password (first line)",
            "  --mqtt-v311-share X   share 0..1 of MQTT devices on MQTT 3.1.1 (overrides mqtt.v311_share)");

    private static final Set<String> OPTIONS = Set.of("server", "bootstrap", "scenario", "count", "prefix", "lifetime",
            "time-scale", "reboot-downtime", "seed", "local-host", "control-host", "control-port", "firmware-ca",
            "firmware-key", "mqtt-broker", "mqtt-devices", "mqtt-prefix", "mqtt-passwords", "mqtt-user",
            "mqtt-password-file", "mqtt-v311-share");

    private SimMain() {
    }

    public static void main(String[] args) {
        Fleet fleet;
        try {
            fleet = start(args);
        } catch (Exception e) {
            System.err.println("sim: " + e.getMessage());
            LOG.debug("start failed", e);
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(fleet::shutdown, "shutdown"));
        try {
            new CountDownLatch(1).await(); // until SIGTERM runs the shutdown hook
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Fleet start(String[] args) throws Exception {
        CommandLine cli = new CommandLine(args, OPTIONS, USAGE);
        Scenario scenario = cli.has("scenario") ? Scenario.load(Path.of(cli.get("scenario", null)))
                : Scenario.defaults();
        String bootstrapUrl = cli.get("bootstrap", scenario.bootstrapUrl);
        String serverUrl = cli.get("server", bootstrapUrl == null ? scenario.serverUrl : null);
        int count = cli.has("count") ? cli.getInt("count") : scenario.devices;
        if (serverUrl != null && bootstrapUrl != null || serverUrl == null && bootstrapUrl == null && count > 0) {
            throw new IllegalArgumentException("give one of --server or --bootstrap (or server.url in the scenario)\n"
                    + USAGE);
        }
        long seed = cli.has("seed") ? cli.getLong("seed")
                : scenario.seed != null ? scenario.seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
        String prefix = cli.get("prefix", "sim-lwm2m-");
        double timeScale = cli.has("time-scale") ? cli.getDouble("time-scale") : scenario.timeScale;
        double downtime = cli.has("reboot-downtime") ? cli.getDouble("reboot-downtime") : scenario.rebootDowntimeSeconds;
        if (count < 0 || timeScale <= 0 || downtime < 0) {
            throw new IllegalArgumentException("need --count >= 0, --time-scale > 0, --reboot-downtime >= 0");
        }
        // The seed first, so that any run can be repeated.
        System.out.println("sim: seed " + seed + " (repeat this fleet with --seed " + seed + ")");
        System.out.flush();

        SSLContext tls = cli.has("firmware-ca") ? PemKeys.trusting(Path.of(cli.get("firmware-ca", null))) : null;
        PublicKey key = cli.has("firmware-key") ? PemKeys.ed25519PublicKey(Path.of(cli.get("firmware-key", null))) : null;
        List<DeviceSpec> plan = FleetPlanner.plan(scenario, count, prefix, seed, cli.getInt("lifetime"));

        int mqttCount = cli.has("mqtt-devices") ? cli.getInt("mqtt-devices") : scenario.mqttDevices;
        String mqttBroker = cli.get("mqtt-broker", scenario.mqttBroker);
        if (mqttCount < 0 || mqttCount > 0 && mqttBroker == null) {
            throw new IllegalArgumentException("MQTT devices need --mqtt-broker (or mqtt.broker in the scenario)");
        }
        MqttSettings mqtt = null;
        if (mqttCount > 0) {
            Map<String, byte[]> passwords = cli.has("mqtt-passwords")
                    ? MqttSettings.readPasswords(Path.of(cli.get("mqtt-passwords", null))) : Map.of();
            byte[] sharedPassword = cli.has("mqtt-password-file")
                    ? java.nio.file.Files.readAllLines(Path.of(cli.get("mqtt-password-file", null))).get(0).strip()
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : null;
            double v311 = cli.has("mqtt-v311-share") ? cli.getDouble("mqtt-v311-share") : scenario.mqttV311Share;
            if (v311 < 0 || v311 > 1) {
                throw new IllegalArgumentException("--mqtt-v311-share must be within 0..1");
            }
            mqtt = new MqttSettings(mqttBroker, passwords, cli.get("mqtt-user", null), sharedPassword, v311);
        }

        // Pools are sized for blocking Leshan work; an MQTT device's power actions are asynchronous (a connect, a
        // publish and a DISCONNECT on the shared event loops), so it weighs a sixteenth of an LwM2M device.
        SimRuntime runtime = new SimRuntime(timeScale, downtime, count + mqttCount / 16);
        DeviceClientBuilder builder = new DeviceClientBuilder(runtime, serverUrl, bootstrapUrl,
                cli.get("local-host", "127.0.0.1"), scenario.queueModeWakeSeconds);
        HttpPackageFetcher fetcher = new HttpPackageFetcher(tls);
        Fleet fleet = new Fleet(runtime);
        for (DeviceSpec spec : plan) {
            SimDevice device = new SimDevice(spec, runtime, fetcher, key);
            LeshanClient client = builder.build(device);
            fleet.add(device, client);
        }
        if (mqtt != null) {
            for (DeviceSpec spec : FleetPlanner.planMqtt(scenario, mqttCount, cli.get("mqtt-prefix", "sim-mqtt-"), seed)) {
                SimDevice device = new SimDevice(spec, runtime, fetcher, key);
                fleet.add(new MqttDevice(device, mqtt), mqtt);
            }
        }

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("seed", seed);
        summary.put("scenario", scenario.name);
        summary.put("time_scale", timeScale);
        summary.put("server", serverUrl != null ? serverUrl : bootstrapUrl);
        if (mqtt != null) {
            summary.put("mqtt_broker", mqttBroker);
        }
        ControlServer control = new ControlServer(fleet, summary, cli.get("control-host", "127.0.0.1"),
                cli.has("control-port") ? cli.getInt("control-port") : 0);
        control.start();
        fleet.start();
        System.out.println("sim: control http://" + cli.get("control-host", "127.0.0.1") + ":" + control.port() + "/");
        System.out.flush();
        if (mqttCount > 0) {
            LOG.info("Started {} MQTT device(s) against {}", mqttCount, mqttBroker);
        }
        LOG.info("Started {} LwM2M device(s) of scenario '{}' against {} (time scale {}, {} in queue mode)", count,
                scenario.name, serverUrl != null ? serverUrl : bootstrapUrl != null ? "bootstrap " + bootstrapUrl : "-", timeScale,
                plan.stream().filter(DeviceSpec::queueMode).count());
        return fleet;
    }
}
