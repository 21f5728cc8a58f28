package org.fleetdesk.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientConnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.disconnect.Mqtt5DisconnectReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated device that speaks FleetDesk's MQTT convention (docs/mqtt-dm-convention.md) instead of LwM2M:
 * the same {@link SimDevice} underneath (battery, signal, temperature, config, faults, firmware updater, power
 * life), an MQTT 5 or 3.1.1 HiveMQ client on the fleet's shared Netty event loops as its link.
 */
final class MqttDevice implements DeviceLink, SimDevice.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(MqttDevice.class);
    private static final int KEEP_ALIVE_S = 60;
    /** On-change attributes at most this often (real ms); the signal counts as changed after this many dB. */
    private static final long MIN_ATTRIBUTES_GAP_MS = 5_000;
    private static final int SIGNAL_STEP_DB = 5;
    private static final long POLITE_TIMEOUT_MS = 3_000;
    private static final byte[] WILL = "{\"state\":\"offline\",\"reason\":\"lost\"}".getBytes(StandardCharsets.UTF_8);

    final SimDevice device;
    final String id;
    final boolean v5;
    final VersionedConfig config;
    private final MqttSettings settings;
    private final Mqtt5AsyncClient client5;
    private final Mqtt3AsyncClient client3;
    private final AtomicInteger session = new AtomicInteger();
    private volatile boolean connected;
    private volatile io.netty.channel.Channel channel;
    private volatile String firmwareRequestId;
    private volatile boolean authWarned;
    /** Whether our global publish flow is registered (HiveMQ ends it with the session, e.g. on DISCONNECT). */
    private final java.util.concurrent.atomic.AtomicBoolean publishFlow = new java.util.concurrent.atomic.AtomicBoolean();
    // what the last attributes/telemetry said, and when (guarded by this)
    private long lastAttributesMs;
    private long lastAttributesSimMs;
    private long lastTelemetrySimMs;
    private int lastBattery = -1;
    private int lastSignal;
    private List<Integer> lastErrors = List.of();

    MqttDevice(SimDevice device, MqttSettings settings) {
        this.device = device;
        this.id = device.spec.endpoint();
        if (!MqttConvention.validId(id)) {
            throw new IllegalArgumentException("MQTT device id must be 1-64 of [A-Za-z0-9._-]: " + id);
        }
        this.settings = settings;
        this.config = new VersionedConfig(device.config);
        // Which devices speak 3.1.1: drawn from the device's own seed, so the same devices every time.
        this.v5 = new Random(device.spec.seed() ^ 0x4D51545433L).nextDouble() >= settings.v311Share;
        var builder = MqttClient.builder().identifier(id).serverHost(settings.host).serverPort(settings.port)
                .executorConfig(settings.executor).addConnectedListener(this::onConnected)
                .addDisconnectedListener(this::onDisconnected);
        if (v5) {
            client5 = builder.useMqttVersion5().buildAsync();
            client3 = null;
        } else {
            client3 = builder.useMqttVersion3().buildAsync();
            client5 = null;
        }
        device.attach(this, "mqtt", this);
    }

    String mqttVersion() {
        return v5 ? "5" : "3.1.1";
    }

    int session() {
        return session.get();
    }

    boolean connected() {
        return connected;
    }

    // --- DeviceLink: the power controller switches the connection ---

    @Override
    public void start() {
        if (v5 ? client5.getState().isConnectedOrReconnect() : client3.getState().isConnectedOrReconnect()) {
            return;
        }
        String user = settings.user(id);
        byte[] password = settings.password(id);
        CompletableFuture<?> connecting;
        if (v5) {
            var connect = client5.connectWith().cleanStart(true).sessionExpiryInterval(0).keepAlive(KEEP_ALIVE_S)
                    .willPublish().topic(MqttConvention.topic(id, "status")).payload(WILL)
                    .qos(MqttQos.AT_LEAST_ONCE).retain(true).applyWillPublish();
            if (user != null) {
                connect = connect.simpleAuth().username(user).password(password).applySimpleAuth();
            }
            connecting = connect.send();
        } else {
            var connect = client3.connectWith().cleanSession(true).keepAlive(KEEP_ALIVE_S)
                    .willPublish().topic(MqttConvention.topic(id, "status")).payload(WILL)
                    .qos(MqttQos.AT_LEAST_ONCE).retain(true).applyWillPublish();
            if (user != null) {
                connect = connect.simpleAuth().username(user).password(password).applySimpleAuth();
            }
            connecting = connect.send();
        }
        connecting.whenComplete((ack, error) -> {
            if (error != null) {
                LOG.debug("{}: connect: {}", id, error.toString());
            }
        });
    }

    @Override
    public void stop(boolean polite) {
        connected = false;
        device.setRegistered(false);
        try {
            if (polite) {
                ObjectNode offline = MqttConvention.WIRE.createObjectNode();
                offline.put("state", "offline");
                String reason = device.offlineReason();
                offline.put("reason", reason);
                offline.put("ts", System.currentTimeMillis());
                if (reason.equals("disabled")) {
                    offline.put("until", device.disabledUntilMillis());
                }
                publish("status", offline, true).thenCompose(x -> disconnect()).get(POLITE_TIMEOUT_MS,
                        TimeUnit.MILLISECONDS);
            } else {
                dropConnection();
            }
        } catch (Exception e) {
            LOG.debug("{}: stop: {}", id, e.toString());
            dropConnection();
        }
    }

    private CompletableFuture<Void> disconnect() {
        return v5 ? client5.disconnect() : client3.disconnect();
    }

    /**
     * Power gone: close the TCP connection without DISCONNECT, so the broker publishes the Will. Netty's channel
     * is reached through the HiveMQ client's internal connection config (captured when connected); without it,
     * MQTT 5 asks the broker for the Will (DISCONNECT reason 0x04) and 3.1.1 publishes the Will's message itself.
     */
    private void dropConnection() {
        io.netty.channel.Channel c = channel;
        if (c != null && c.isActive()) {
            c.close();
            return;
        }
        if (v5 && client5.getState().isConnected()) {
            client5.disconnectWith().reasonCode(Mqtt5DisconnectReasonCode.DISCONNECT_WITH_WILL_MESSAGE).send();
        } else if (!v5 && client3.getState().isConnected()) {
            client3.publishWith().topic(MqttConvention.topic(id, "status")).payload(WILL).qos(MqttQos.AT_LEAST_ONCE)
                    .retain(true).send().thenCompose(x -> client3.disconnect());
        }
    }

    /** SIGTERM: status offline "shutdown", then DISCONNECT. */
    CompletableFuture<?> shutdown() {
        if (!connected) {
            return CompletableFuture.completedFuture(null);
        }
        connected = false;
        ObjectNode offline = MqttConvention.WIRE.createObjectNode();
        offline.put("state", "offline");
        offline.put("reason", "shutdown");
        offline.put("ts", System.currentTimeMillis());
        return publish("status", offline, true).thenCompose(x -> disconnect());
    }

    private void onConnected(MqttClientConnectedContext context) {
        channel = channelOf(context);
        int n = session.incrementAndGet();
        authWarned = false;
        if (device.lifecycle() != DeviceLifecycle.RUNNING) {
            dropConnection(); // switched off while connecting
            return;
        }
        ensurePublishFlow();
        String filter = MqttConvention.topic(id, "cmd/#");
        CompletableFuture<?> subscribed = v5
                ? client5.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send()
                : client3.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send();
        subscribed.thenCompose(ack -> {
            ensurePublishFlow(); // in case the old session's flow ended only now
            ObjectNode birth = MqttConvention.WIRE.createObjectNode();
            birth.put("state", "online");
            birth.put("ts", System.currentTimeMillis());
            birth.put("session", n);
            return publish("status", birth, true);
        }).thenCompose(x -> publish("identity", identity(), true))
                .thenCompose(x -> publishAttributes())
                .thenCompose(x -> publish("config", config.message(), true))
                .thenCompose(x -> publish("firmware", firmware(), true))
                .whenComplete((x, error) -> {
                    if (error != null) {
                        LOG.info("{}: birth failed: {}", id, error.toString());
                    } else {
                        connected = true;
                        device.setRegistered(true);
                    }
                });
        LOG.debug("{}: connected (MQTT {}, session {})", id, mqttVersion(), n);
    }

    /** The commands' flow: registered once per session (it ends with the session, and then we register again). */
    private void ensurePublishFlow() {
        if (!publishFlow.compareAndSet(false, true)) {
            return;
        }
        io.reactivex.functions.Action ended = () -> publishFlow.set(false);
        if (v5) {
            client5.toRx().publishes(MqttGlobalPublishFilter.SUBSCRIBED).subscribe(this::onPublish5,
                    e -> ended.run(), ended);
        } else {
            client3.toRx().publishes(MqttGlobalPublishFilter.SUBSCRIBED).subscribe(this::onPublish3,
                    e -> ended.run(), ended);
        }
    }

    private void onDisconnected(MqttClientDisconnectedContext context) {
        connected = false;
        channel = null;
        device.setRegistered(false);
        if (device.lifecycle() == DeviceLifecycle.RUNNING) {
            // Lost the broker (or never reached it): try again after 0.5..3 s, as long as the device is on.
            Throwable cause = context.getCause();
            if (!authWarned && cause != null && (String.valueOf(cause.getMessage()).contains("NOT_AUTHORIZED")
                    || String.valueOf(cause.getMessage()).contains("BAD_USER_NAME_OR_PASSWORD"))) {
                LOG.warn("{}: broker refused the credentials: {}", id, cause.getMessage());
                authWarned = true;
            }
            // Our own connect, not HiveMQ's reconnector: its reconnect of a 3.1.1 client was refused NOT_AUTHORIZED
            // here (the credentials did not survive), and start() also covers a device switched on meanwhile.
            device.runtime.timers.schedule(() -> {
                if (device.lifecycle() == DeviceLifecycle.RUNNING) {
                    start();
                }
            }, 500 + ThreadLocalRandom.current().nextInt(2500), TimeUnit.MILLISECONDS);
        }
    }

    private static io.netty.channel.Channel channelOf(MqttClientConnectedContext context) {
        try {
            Object config = context.getClientConfig();
            if (config instanceof com.hivemq.client.internal.mqtt.MqttClientConfig) {
                var connection = ((com.hivemq.client.internal.mqtt.MqttClientConfig) config).getRawConnectionConfig();
                return connection == null ? null : connection.getChannel();
            }
            var field = config.getClass().getDeclaredField("delegate"); // Mqtt3ClientConfigView
            field.setAccessible(true);
            var raw = (com.hivemq.client.internal.mqtt.MqttClientConfig) field.get(config);
            var connection = raw.getRawConnectionConfig();
            return connection == null ? null : connection.getChannel();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    // --- publishing ---

    CompletableFuture<?> publish(String leaf, JsonNode payload, boolean retain) {
        return publish(MqttConvention.topic(id, leaf), MqttConvention.bytes(payload), retain, MqttQos.AT_LEAST_ONCE,
                null);
    }

    private CompletableFuture<?> publish(String topic, byte[] payload, boolean retain, MqttQos qos, ByteBuffer correlation) {
        if (v5) {
            var p = client5.publishWith().topic(topic).payload(payload).qos(qos).retain(retain);
            if (correlation != null) {
                p = p.correlationData(correlation);
            }
            return p.send();
        }
        return client3.publishWith().topic(topic).payload(payload).qos(qos).retain(retain).send();
    }

    ObjectNode identity() {
        DeviceSpec spec = device.spec;
        ObjectNode identity = MqttConvention.WIRE.createObjectNode();
        identity.put("model", spec.model().name());
        identity.put("manufacturer", spec.model().manufacturer());
        identity.put("serial", spec.serial());
        identity.put("firmware_version", device.firmware());
        identity.put("hardware_version", spec.model().hardwareVersion());
        identity.put("device_type", spec.model().deviceType());
        identity.put("site", spec.site().name());
        identity.put("group", spec.group());
        identity.put("protocol", MqttConvention.PROTOCOL);
        return identity;
    }

    synchronized ObjectNode attributes() {
        ObjectNode a = MqttConvention.WIRE.createObjectNode();
        a.put("ts", System.currentTimeMillis());
        a.put("battery", device.battery.level());
        a.put("signal", device.signal.dbm());
        ObjectNode location = a.putObject("location");
        location.put("lat", device.spec.latitude());
        location.put("lon", device.spec.longitude());
        a.put("enabled", true);
        a.put("report_interval_s", device.config.reportingIntervalSeconds);
        ArrayNode errors = a.putArray("error_codes");
        device.errorCodes().stream().filter(c -> c != 0).forEach(errors::add);
        return a;
    }

    private synchronized CompletableFuture<?> publishAttributes() {
        lastAttributesMs = System.currentTimeMillis();
        lastAttributesSimMs = device.runtime.simNowMillis();
        lastBattery = device.battery.level();
        lastSignal = device.signal.dbm();
        lastErrors = device.errorCodes();
        return publish("attributes", attributes(), true);
    }

    ObjectNode firmware() {
        FirmwareUpdater u = device.updater;
        ObjectNode f = MqttConvention.WIRE.createObjectNode();
        f.put("state", u.state());
        f.put("result", u.result());
        f.put("progress", u.progress());
        if (u.targetVersion() != null) {
            f.put("target_version", u.targetVersion());
        }
        if (firmwareRequestId != null) {
            f.put("request_id", firmwareRequestId);
        }
        f.put("ts", System.currentTimeMillis());
        return f;
    }

    // --- SimDevice.Listener ---

    @Override
    public void ticked() {
        if (!connected) {
            return;
        }
        long now = System.currentTimeMillis();
        long simNow = device.runtime.simNowMillis();
        long intervalMs = device.config.reportingIntervalSeconds * 1000;
        boolean attributesDue;
        boolean telemetryDue;
        synchronized (this) {
            boolean changed = device.battery.level() != lastBattery || !device.errorCodes().equals(lastErrors)
                    || Math.abs(device.signal.dbm() - lastSignal) >= SIGNAL_STEP_DB;
            attributesDue = changed && now - lastAttributesMs >= MIN_ATTRIBUTES_GAP_MS
                    || simNow - lastAttributesSimMs >= intervalMs;
            telemetryDue = simNow - lastTelemetrySimMs >= intervalMs;
            if (telemetryDue) {
                lastTelemetrySimMs = simNow;
            }
        }
        if (attributesDue) {
            publishAttributes();
        }
        if (telemetryDue) {
            ObjectNode t = MqttConvention.WIRE.createObjectNode();
            t.put("ts", now);
            t.put("temperature", device.temperatureC());
            t.put("battery", device.battery.level());
            t.put("signal", device.signal.dbm());
            publish(MqttConvention.topic(id, "telemetry"), MqttConvention.bytes(t), false, MqttQos.AT_MOST_ONCE, null);
        }
    }

    @Override
    public void firmwareChanged() {
        FirmwareUpdater u = device.updater;
        if (!connected || u.state() == FirmwareUpdateStateMachine.IDLE
                && u.result() == FirmwareUpdateStateMachine.RESULT_SUCCESS) {
            return; // a successful install reboots: {state 0, result 1} follows the new birth
        }
        publish("firmware", firmware(), true);
    }

    // --- commands ---

    private void onPublish5(Mqtt5Publish publish) {
        String responseTopic = publish.getResponseTopic().map(Object::toString).orElse(null);
        ByteBuffer correlation = publish.getCorrelationData().orElse(null);
        onCommand(publish.getTopic().toString(), publish.getPayloadAsBytes(), responseTopic, correlation);
    }

    private void onPublish3(Mqtt3Publish publish) {
        onCommand(publish.getTopic().toString(), publish.getPayloadAsBytes(), null, null);
    }

    private void onCommand(String topic, byte[] payload, String responseTopic, ByteBuffer correlation) {
        String op = MqttConvention.opOf(id, topic);
        if (op == null || !connected || device.lifecycle() != DeviceLifecycle.RUNNING) {
            return; // not ours, or going away (a silent device says nothing)
        }
        String rspTopic = responseTopic != null ? responseTopic : MqttConvention.topic(id, "rsp");
        MqttConvention.Command command;
        try {
            command = MqttConvention.parseCommand(op, payload);
        } catch (MqttConvention.BadCommand e) {
            if (e.id == null) {
                LOG.info("{}: ignoring a command on {} without an id: {}", id, topic, e.getMessage());
                return;
            }
            answer(rspTopic, correlation, MqttConvention.error(e.id, op, "bad_request", e.getMessage()));
            return;
        }
        try {
            if (command.op().equals("firmware-update")) {
                firmwareUpdate(command, rspTopic, correlation);
            } else {
                answer(rspTopic, correlation, execute(command));
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: command {} failed", id, op, e);
            answer(rspTopic, correlation, MqttConvention.error(command.id(), op, "failed", e.toString()));
        }
    }

    private void answer(String topic, ByteBuffer correlation, ObjectNode answer) {
        publish(topic, MqttConvention.bytes(answer), false, MqttQos.AT_LEAST_ONCE, correlation);
    }

    /** Carry out a command; returns the answer. Actions that take the device away run after the answer left. */
    private ObjectNode execute(MqttConvention.Command c) {
        String op = c.op();
        boolean busyFault = device.faults.has(FaultKind.BUSY);
        switch (op) {
        case "reboot":
            if (busyFault) {
                return MqttConvention.error(c.id(), op, "busy", "the device is busy");
            }
            device.runtime.power.execute(device::reboot); // the power controller waits 200 ms: the answer goes first
            return MqttConvention.answer(c.id(), op, "ok", null);
        case "factory-reset":
            if (busyFault) {
                return MqttConvention.error(c.id(), op, "busy", "the device is busy");
            }
            device.runtime.power.execute(() -> {
                config.factoryReset();
                firmwareRequestId = null;
                device.factoryReset();
            });
            return MqttConvention.answer(c.id(), op, "ok", null);
        case "config": {
            VersionedConfig.Outcome outcome = config.apply(c.args());
            if (!outcome.ok()) {
                return MqttConvention.error(c.id(), op, outcome.code(), outcome.message());
            }
            publish("config", config.message(), true);
            ObjectNode result = MqttConvention.WIRE.createObjectNode();
            result.put("version", outcome.version());
            return MqttConvention.answer(c.id(), op, "ok", result);
        }
        case "get-config":
            return MqttConvention.answer(c.id(), op, "ok", config.message());
        case "disable": {
            JsonNode duration = c.args().get("duration_s");
            if (duration != null && (!MqttConvention.integral(duration) || duration.asLong() < 0)) {
                return MqttConvention.error(c.id(), op, "bad_request", "\"duration_s\" must be an integer >= 0");
            }
            long seconds = duration == null ? 86400 : duration.asLong();
            device.runtime.power.execute(() -> device.disable(seconds));
            return MqttConvention.answer(c.id(), op, "ok", null);
        }
        case "enable":
            return MqttConvention.answer(c.id(), op, "ok", null);
        case "firmware-cancel":
            if (device.updater.cancelDownload() != FirmwareUpdater.Outcome.ACCEPTED) {
                return MqttConvention.error(c.id(), op, "busy", "an install is running");
            }
            return MqttConvention.answer(c.id(), op, "ok", null);
        default:
            return MqttConvention.error(c.id(), op, "unsupported", "unknown op '" + op + "'");
        }
    }

    /** Answers {@code accepted} (or an error) first, then starts the download: progress follows the answer. */
    private void firmwareUpdate(MqttConvention.Command c, String rspTopic, ByteBuffer correlation) {
        ObjectNode refusal = checkFirmwareUpdate(c);
        if (refusal != null) {
            answer(rspTopic, correlation, refusal);
            return;
        }
        JsonNode sha = c.args().get("sha256");
        JsonNode size = c.args().get("size");
        JsonNode version = c.args().get("version");
        FirmwareUpdater.Expectation expected = new FirmwareUpdater.Expectation(size == null ? -1 : size.asLong(),
                sha == null ? null : sha.asText(), version == null ? null : version.asText());
        answer(rspTopic, correlation, MqttConvention.answer(c.id(), c.op(), "accepted", null));
        firmwareRequestId = c.id();
        if (device.updater.startUpdate(c.args().get("url").asText(), expected) != FirmwareUpdater.Outcome.ACCEPTED) {
            LOG.info("{}: firmware update {} refused after all (busy)", id, c.id()); // raced with another command
        }
    }

    /** The error answer a firmware-update gets (bad arguments, busy), or null when it can start. */
    private ObjectNode checkFirmwareUpdate(MqttConvention.Command c) {
        String op = c.op();
        JsonNode url = c.args().get("url");
        JsonNode sha = c.args().get("sha256");
        JsonNode size = c.args().get("size");
        JsonNode version = c.args().get("version");
        if (url == null || !url.isTextual() || url.asText().isEmpty()) {
            return MqttConvention.error(c.id(), op, "bad_request", "\"url\" must be a non-empty string");
        }
        if (sha != null && !(sha.isTextual() && sha.asText().matches("[0-9A-Fa-f]{64}"))) {
            return MqttConvention.error(c.id(), op, "bad_request", "\"sha256\" must be 64 hex digits");
        }
        if (size != null && !(MqttConvention.integral(size) && size.asLong() >= 0)) {
            return MqttConvention.error(c.id(), op, "bad_request", "\"size\" must be an integer >= 0");
        }
        if (version != null && !(version.isTextual() && !version.asText().isEmpty())) {
            return MqttConvention.error(c.id(), op, "bad_request", "\"version\" must be a non-empty string");
        }
        if (device.faults.has(FaultKind.BUSY)) {
            return MqttConvention.error(c.id(), op, "busy", "the device is busy");
        }
        if (device.updater.state() != FirmwareUpdateStateMachine.IDLE) {
            return MqttConvention.error(c.id(), op, "busy", "an update is running (state " + device.updater.state() + ")");
        }
        return null;
    }
}
