package org.fleetdesk.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * Server-sent events in the wire format of the Leshan demos (Jetty's EventSourceServlet): each event is
 * {@code event: NAME\r\n data: <one line>\r\n \r\n}, a bare CRLF is sent as heartbeat every 10 s, there are
 * no ids and no replay. Subscribers may filter on one endpoint with {@code ?ep=}.
 */
final class EventStream implements AutoCloseable {

    private static final long HEARTBEAT_SECONDS = 10;

    private static final class Subscriber {
        final HttpExchange exchange;
        final OutputStream out;
        final String endpoint; // null = all endpoints

        Subscriber(HttpExchange exchange, String endpoint) {
            this.exchange = exchange;
            this.out = exchange.getResponseBody();
            this.endpoint = endpoint;
        }
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    EventStream() {
        heartbeat.scheduleAtFixedRate(() -> broadcast("\r\n", null), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    /** Keeps the exchange open as an event stream; the HTTP handler returns right after this. */
    void subscribe(HttpExchange exchange, String endpoint) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream;charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0); // chunked, open-ended
        Subscriber subscriber = new Subscriber(exchange, endpoint);
        subscriber.out.flush();
        subscribers.add(subscriber);
    }

    void send(String event, String endpoint, String jsonLine) {
        broadcast("event: " + event + "\r\ndata: " + jsonLine + "\r\n\r\n", endpoint);
    }

    private void broadcast(String text, String endpoint) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Subscriber subscriber : subscribers) {
            if (endpoint != null && subscriber.endpoint != null && !subscriber.endpoint.equals(endpoint)) {
                continue;
            }
            synchronized (subscriber) {
                try {
                    subscriber.out.write(bytes);
                    subscriber.out.flush();
                } catch (IOException e) {
                    subscribers.remove(subscriber);
                    subscriber.exchange.close();
                }
            }
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (Subscriber subscriber : subscribers) {
            subscriber.exchange.close();
        }
        subscribers.clear();
    }
}
