package org.fleetdesk.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's control channel: HTTP/JSON on a loopback port (JDK HttpServer), documented in docs/sim.md.
 */
final class ControlServer {

    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

    private final Fleet fleet;
    private final Map<String, Object> summary;
    private final HttpServer server;

    ControlServer(Fleet fleet, Map<String, Object> summary, String host, int port) throws IOException {
        this.fleet = fleet;
        this.summary = summary;
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, SimRuntime.daemons("control")));
    }

    void start() {
        server.start();
        LOG.info("Control channel on http://{}:{}/", server.getAddress().getHostString(), server.getAddress().getPort());
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (IllegalArgumentException e) {
            send(exchange, 400, Map.of("error", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("control request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            send(exchange, 500, Map.of("error", e.toString()));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String[] path = exchange.getRequestURI().getPath().replaceAll("^/+|/+$", "").split("/");
        if (path.length == 1 && path[0].isEmpty()) {
            requireMethod(method, "GET");
            send(exchange, 200, status());
        } else if (path[0].equals("devices") && path.length == 1) {
            requireMethod(method, "GET");
            send(exchange, 200, fleet.devices(protocolFilter(exchange)).stream().map(this::json)
                    .collect(Collectors.toList()));
        } else if (path[0].equals("devices")) {
            SimDevice device = fleet.device(path[1]);
            if (device == null) {
                send(exchange, 404, Map.of("error", "no device " + path[1]));
                return;
            }
            deviceRoute(exchange, method, device, path.length > 2 ? path[2] : "");
        } else if (path[0].equals("faults") && path.length == 1) {
            fleetFaults(exchange, method);
        } else {
            send(exchange, 404, Map.of("error", "no such resource"));
        }
    }

    private void deviceRoute(HttpExchange exchange, String method, SimDevice device, String sub) throws IOException {
        switch (sub) {
        case "":
            if (method.equals("PUT")) {
                update(device, body(exchange));
            } else {
                requireMethod(method, "GET");
            }
            send(exchange, 200, json(device));
            return;
        case "reboot":
            requireMethod(method, "POST");
            boolean rebooting = device.reboot();
            send(exchange, rebooting ? 202 : 409, rebooting ? json(device)
                    : Map.of("error", "device is " + device.lifecycle().jsonName() + ", not running"));
            return;
        case "faults":
            if (method.equals("DELETE")) {
                device.clearFaults();
            } else {
                requireMethod(method, "POST");
                device.addFault(FaultKind.fromJson(text(body(exchange), "kind")));
            }
            send(exchange, 200, json(device));
            return;
        default:
            send(exchange, 404, Map.of("error", "no such resource"));
        }
    }

    private Map<String, Object> json(SimDevice device) {
        return DeviceJson.of(device, fleet.mqttDevice(device.spec.endpoint()));
    }

    /** {@code ?protocol=lwm2m|mqtt|all}; without it the LwM2M devices (as before MQTT devices existed). */
    private static String protocolFilter(HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        String protocol = "lwm2m";
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("protocol=")) {
                    protocol = part.substring("protocol=".length());
                }
            }
        }
        return checkProtocol(protocol);
    }

    private static String checkProtocol(String protocol) {
        if (!protocol.equals("lwm2m") && !protocol.equals("mqtt") && !protocol.equals("all")) {
            throw new IllegalArgumentException("protocol must be lwm2m, mqtt or all");
        }
        return protocol;
    }

    private static void update(SimDevice device, JsonNode body) {
        if (body.has("battery")) {
            device.battery.set(body.get("battery").asInt());
        }
        if (body.has("signal")) {
            device.signal.pin(body.get("signal").isNull() ? null : body.get("signal").asInt());
        }
        if (body.has("online")) {
            device.setOnline(body.get("online").asBoolean());
        }
    }

    private void fleetFaults(HttpExchange exchange, String method) throws IOException {
        if (method.equals("DELETE")) {
            fleet.devices().forEach(SimDevice::clearFaults);
            send(exchange, 200, Map.of("cleared", fleet.devices().size()));
            return;
        }
        requireMethod(method, "POST");
        JsonNode body = body(exchange);
        FaultKind kind = FaultKind.fromJson(text(body, "kind"));
        double share = body.path("share").asDouble(-1);
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("\"share\" must be within 0..1");
        }
        String protocol = checkProtocol(body.path("protocol").asText("lwm2m"));
        List<String> chosen = fleet.injectFault(kind, share, body.path("seed").asLong(0), protocol);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("kind", kind.jsonName());
        answer.put("devices", chosen);
        send(exchange, 200, answer);
    }

    private Map<String, Object> status() {
        Map<String, Object> answer = new LinkedHashMap<>(summary);
        List<SimDevice> devices = fleet.devices("lwm2m");
        answer.put("devices", devices.size());
        answer.put("registered", devices.stream().filter(SimDevice::registered).count());
        List<MqttDevice> mqtt = fleet.mqttDevices();
        answer.put("mqtt_devices", mqtt.size());
        answer.put("mqtt_connected", mqtt.stream().filter(MqttDevice::connected).count());
        return answer;
    }

    private static void requireMethod(String method, String expected) {
        if (!method.equals(expected)) {
            throw new IllegalArgumentException("method " + method + " not allowed here (use " + expected + ")");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value.asText();
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] data = in.readAllBytes();
            if (data.length == 0) {
                return Json.MAPPER.createObjectNode();
            }
            JsonNode node = Json.MAPPER.readTree(data);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("body must be a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] data = (Json.MAPPER.writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, data.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(data);
        }
    }
}
