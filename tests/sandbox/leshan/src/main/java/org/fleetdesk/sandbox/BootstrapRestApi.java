package org.fleetdesk.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.leshan.server.bootstrap.BootstrapConfig;
import org.eclipse.leshan.server.bootstrap.EditableBootstrapConfigStore;
import org.eclipse.leshan.server.bootstrap.InvalidConfigurationException;
import org.eclipse.leshan.server.security.EditableSecurityStore;
import org.eclipse.leshan.server.security.NonUniqueSecurityInfoException;
import org.eclipse.leshan.server.security.SecurityInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * REST facade shaped like the Leshan bootstrap server demo's API:
 *
 * <pre>
 * GET    /api/bootstrap               all configs: {"ep": BootstrapConfig, ...}
 * GET    /api/bootstrap/{ep}          one config (404 if none)                 [FleetDesk addition]
 * POST   /api/bootstrap/{ep}          add/replace a config (200; 400 if invalid)
 * DELETE /api/bootstrap/{ep}          204; 404 "no config for ..."
 * GET    /api/security/clients        [SecurityInfo, ...]
 * GET    /api/security/clients/{ep}   one SecurityInfo (404 if none)          [FleetDesk addition]
 * PUT    /api/security/clients[/]     add/replace credentials (200; 400 if invalid or PSK identity not unique)
 * DELETE /api/security/clients/{ep}   200; 404 if unknown
 * GET    /api/server/endpoint         {"securedEndpointPort":"P","unsecuredEndpointPort":"P"}
 * GET    /api/server/security         {} (this server has no RPK/X.509 identity; PSK only)
 * GET    /api/event[?ep=]             text/event-stream, event BSSESSION
 * </pre>
 */
final class BootstrapRestApi implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapRestApi.class);

    private final EditableBootstrapConfigStore configs;
    private final EditableSecurityStore security;
    private final EventStream events;
    private final ObjectMapper mapper;
    private final Supplier<InetSocketAddress> coapAddress;
    private final Supplier<InetSocketAddress> coapsAddress;

    BootstrapRestApi(EditableBootstrapConfigStore configs, EditableSecurityStore security, EventStream events,
            ObjectMapper mapper, Supplier<InetSocketAddress> coapAddress, Supplier<InetSocketAddress> coapsAddress) {
        this.configs = configs;
        this.security = security;
        this.events = events;
        this.mapper = mapper;
        this.coapAddress = coapAddress;
        this.coapsAddress = coapsAddress;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean keepOpen = false;
        try {
            String method = exchange.getRequestMethod();
            List<String> path = segments(exchange.getRequestURI().getPath());
            if (path.size() < 2 || !path.get(0).equals("api")) {
                sendText(exchange, 404, "Not found");
                return;
            }
            String resource = path.get(1);
            List<String> rest = path.subList(2, path.size());
            switch (resource) {
            case "bootstrap":
                handleBootstrap(exchange, method, rest);
                break;
            case "security":
                handleSecurity(exchange, method, rest);
                break;
            case "server":
                handleServer(exchange, method, rest);
                break;
            case "event":
                if (method.equals("GET") && rest.isEmpty()) {
                    events.subscribe(exchange, queryParam(exchange, "ep"));
                    keepOpen = true;
                } else {
                    sendText(exchange, 405, "Method not allowed");
                }
                break;
            default:
                sendText(exchange, 404, "Not found");
            }
        } catch (RuntimeException e) {
            LOG.warn("Unexpected error for {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            sendText(exchange, 500, "Unexpected exception: " + e.getMessage());
        } finally {
            if (!keepOpen) {
                exchange.close();
            }
        }
    }

    private void handleBootstrap(HttpExchange exchange, String method, List<String> rest) throws IOException {
        if (rest.isEmpty()) {
            if (method.equals("GET")) {
                sendJson(exchange, 200, new TreeMap<>(configs.getAll()));
            } else {
                sendText(exchange, 405, "Method not allowed");
            }
            return;
        }
        if (rest.size() != 1) {
            sendText(exchange, 400, "Invalid path");
            return;
        }
        String endpoint = rest.get(0);
        switch (method) {
        case "GET": {
            BootstrapConfig config = configs.getAll().get(endpoint);
            if (config == null) {
                sendText(exchange, 404, "no config for " + endpoint);
            } else {
                sendJson(exchange, 200, config);
            }
            break;
        }
        case "POST": {
            BootstrapConfig config;
            try {
                config = mapper.readValue(readBody(exchange), BootstrapConfig.class);
            } catch (JsonProcessingException e) {
                sendText(exchange, 400, "Invalid request body: " + e.getOriginalMessage());
                return;
            }
            if (config == null) {
                sendText(exchange, 400, "Invalid request body: empty");
                return;
            }
            try {
                configs.add(endpoint, config);
            } catch (InvalidConfigurationException e) {
                sendText(exchange, 400, e.getMessage());
                return;
            }
            LOG.info("Bootstrap config added for {}", endpoint);
            sendText(exchange, 200, "");
            break;
        }
        case "DELETE":
            if (configs.remove(endpoint) == null) {
                sendText(exchange, 404, "no config for " + endpoint);
            } else {
                LOG.info("Bootstrap config removed for {}", endpoint);
                exchange.sendResponseHeaders(204, -1);
            }
            break;
        default:
            sendText(exchange, 405, "Method not allowed");
        }
    }

    private void handleSecurity(HttpExchange exchange, String method, List<String> rest) throws IOException {
        if (rest.isEmpty() || !rest.get(0).equals("clients") || rest.size() > 2) {
            sendText(exchange, 404, "Not found");
            return;
        }
        String endpoint = rest.size() == 2 ? rest.get(1) : null;
        switch (method) {
        case "GET":
            if (endpoint == null) {
                ArrayNode all = mapper.createArrayNode();
                List<SecurityInfo> infos = new ArrayList<>(security.getAll());
                infos.sort(Comparator.comparing(SecurityInfo::getEndpoint));
                for (SecurityInfo info : infos) {
                    all.add(SecurityInfoJson.toJson(mapper, info));
                }
                sendJson(exchange, 200, all);
            } else {
                SecurityInfo info = security.getByEndpoint(endpoint);
                if (info == null) {
                    sendText(exchange, 404, "no security info for " + endpoint);
                } else {
                    sendJson(exchange, 200, SecurityInfoJson.toJson(mapper, info));
                }
            }
            break;
        case "PUT": {
            SecurityInfo info;
            try {
                JsonNode body = mapper.readTree(readBody(exchange));
                if (body == null || !body.isObject()) {
                    sendText(exchange, 400, "Invalid request body: JSON object expected");
                    return;
                }
                info = SecurityInfoJson.fromJson(body);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                sendText(exchange, 400, "Invalid request body: " + e.getMessage());
                return;
            }
            try {
                security.add(info);
            } catch (NonUniqueSecurityInfoException e) {
                sendText(exchange, 400, "Non unique security info: " + e.getMessage());
                return;
            }
            LOG.info("Security info added for {}", info.getEndpoint());
            sendText(exchange, 200, "");
            break;
        }
        case "DELETE":
            if (endpoint == null) {
                sendText(exchange, 400, "Invalid path: endpoint expected");
            } else if (security.remove(endpoint, true) == null) {
                sendText(exchange, 404, "no security info for " + endpoint);
            } else {
                LOG.info("Security info removed for {}", endpoint);
                sendText(exchange, 200, "");
            }
            break;
        default:
            sendText(exchange, 405, "Method not allowed");
        }
    }

    private void handleServer(HttpExchange exchange, String method, List<String> rest) throws IOException {
        if (!method.equals("GET") || rest.size() != 1) {
            sendText(exchange, 404, "Not found");
            return;
        }
        if (rest.get(0).equals("endpoint")) {
            ObjectNode node = mapper.createObjectNode();
            InetSocketAddress secured = coapsAddress.get();
            InetSocketAddress unsecured = coapAddress.get();
            if (secured != null) {
                node.put("securedEndpointPort", String.valueOf(secured.getPort()));
            }
            if (unsecured != null) {
                node.put("unsecuredEndpointPort", String.valueOf(unsecured.getPort()));
            }
            sendJson(exchange, 200, node);
        } else if (rest.get(0).equals("security")) {
            sendJson(exchange, 200, mapper.createObjectNode());
        } else {
            sendText(exchange, 404, "Not found");
        }
    }

    private static List<String> segments(String path) {
        List<String> result = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                result.add(segment);
            }
        }
        return result;
    }

    private static String queryParam(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getQuery();
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> p.startsWith(name + "="))
                .map(p -> URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst().orElse(null);
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private void sendJson(HttpExchange exchange, int status, Object value) throws IOException {
        byte[] body = mapper.writeValueAsBytes(value);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, body);
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain;charset=utf-8");
        send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
