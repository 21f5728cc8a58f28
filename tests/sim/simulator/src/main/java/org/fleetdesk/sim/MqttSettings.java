package org.fleetdesk.sim;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.hivemq.client.mqtt.MqttClientExecutorConfig;

import io.reactivex.schedulers.Schedulers;

/**
 * Where and as whom the simulated MQTT devices connect, and the ONE executor configuration all their
 * HiveMQ clients share: a few Netty event-loop threads for every connection and a small application pool for
 * callbacks, so thousands of devices never cost a thread each.
 */
final class MqttSettings {

    /** Netty event loops shared by every MQTT device of the process. */
    static final int NETTY_THREADS = 2;
    static final int APPLICATION_THREADS = 2;

    final String host;
    final int port;
    final String sharedUser;
    final byte[] sharedPassword;
    private final Map<String, byte[]> passwords;
    final double v311Share;
    final MqttClientExecutorConfig executor;
    private final ExecutorService applicationPool;

    MqttSettings(String brokerUrl, Map<String, byte[]> passwords, String sharedUser, byte[] sharedPassword,
            double v311Share) {
        URI uri = URI.create(brokerUrl);
        if (!"mqtt".equals(uri.getScheme()) && !"tcp".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--mqtt-broker must be mqtt://HOST[:PORT] (plain MQTT): " + brokerUrl);
        }
        this.host = uri.getHost();
        this.port = uri.getPort() > 0 ? uri.getPort() : 1883;
        this.passwords = passwords;
        this.sharedUser = sharedUser;
        this.sharedPassword = sharedPassword;
        this.v311Share = v311Share;
        java.util.concurrent.ThreadFactory nettyThreads = SimRuntime.daemons("mqtt-netty");
        Executor netty = task -> nettyThreads.newThread(task).start(); // Netty asks for NETTY_THREADS loops, once
        applicationPool = Executors.newFixedThreadPool(APPLICATION_THREADS, SimRuntime.daemons("mqtt-app"));
        executor = MqttClientExecutorConfig.builder().nettyExecutor(netty).nettyThreads(NETTY_THREADS)
                .applicationScheduler(Schedulers.from(applicationPool)).build();
    }

    /** User name and password of a device: its own (user name = id) if the passwords file has it, else shared. */
    String user(String id) {
        return passwords.containsKey(id) ? id : sharedUser;
    }

    byte[] password(String id) {
        return passwords.containsKey(id) ? passwords.get(id) : sharedPassword;
    }

    void shutdown() {
        applicationPool.shutdownNow();
    }

    /** {@code <id>:<password>} per line (the sandbox writes it); blank lines and {@code #} comments ignored. */
    static Map<String, byte[]> readPasswords(Path file) throws IOException {
        Map<String, byte[]> map = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(file + ": expected <id>:<password> lines");
            }
            map.put(l.substring(0, colon), l.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
        }
        return map;
    }
}
