package org.fleetdesk.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.net.ssl.SSLContext;

/**
 * Pulls packages over HTTP and HTTPS with the JDK's HttpClient, never through a proxy. HTTPS trusts the
 * CA given to the simulator ({@code --firmware-ca}), or the JDK's default trust store without one.
 */
final class HttpPackageFetcher implements PackageFetcher {

    private static final int CHUNK = 4096;
    private final HttpClient client;

    HttpPackageFetcher(SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL);
        if (tls != null) {
            builder.sslContext(tls);
        }
        client = builder.build();
    }

    @Override
    public byte[] fetch(URI uri, Conditions conditions) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FetchException(FirmwareUpdateStateMachine.RESULT_CONNECTION_LOST, "cannot fetch " + uri + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FirmwareUpdateStateMachine.RESULT_CONNECTION_LOST, "interrupted");
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 404 || status == 410) {
                throw new FetchException(FirmwareUpdateStateMachine.RESULT_INVALID_URI, "HTTP " + status + " for " + uri);
            }
            if (status != 200) {
                throw new FetchException(FirmwareUpdateStateMachine.RESULT_CONNECTION_LOST, "HTTP " + status + " for " + uri);
            }
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (length > conditions.storageBytes()) {
                throw new FetchException(FirmwareUpdateStateMachine.RESULT_NOT_ENOUGH_STORAGE,
                        length + " bytes do not fit into " + conditions.storageBytes());
            }
            return read(body, conditions, length);
        } catch (IOException e) {
            throw new FetchException(FirmwareUpdateStateMachine.RESULT_CONNECTION_LOST, "download broke off: " + e);
        }
    }

    private static byte[] read(InputStream body, Conditions conditions, long length) throws IOException, FetchException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long started = System.nanoTime();
        int n;
        while ((n = body.read(chunk)) > 0) {
            out.write(chunk, 0, n);
            if (conditions.cancelled()) {
                throw new FetchException(FirmwareUpdateStateMachine.RESULT_INITIAL, "cancelled");
            }
            if (out.size() > conditions.storageBytes()) {
                throw new FetchException(FirmwareUpdateStateMachine.RESULT_NOT_ENOUGH_STORAGE, "package outgrew the storage");
            }
            long interruptAt = conditions.interruptAfterBytes();
            if (interruptAt >= 0 && out.size() >= interruptAt) {
                throw new FetchException(FirmwareUpdateStateMachine.RESULT_CONNECTION_LOST,
                        "link lost after " + out.size() + " bytes (fault)");
            }
            conditions.progress(out.size(), length);
            throttle(out.size(), started, conditions.throttleBytesPerSecond());
        }
        return out.toByteArray();
    }

    private static void throttle(long bytes, long startedNanos, long bytesPerSecond) throws FetchException {
        if (bytesPerSecond <= 0) {
            return;
        }
        long dueNanos = startedNanos + bytes * 1_000_000_000L / bytesPerSecond;
        long waitMillis = (dueNanos - System.nanoTime()) / 1_000_000;
        if (waitMillis > 0) {
            try {
                Thread.sleep(waitMillis); // pacing the transfer on a download thread, like a slow radio link
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(FirmwareUpdateStateMachine.RESULT_CONNECTION_LOST, "interrupted");
            }
        }
    }
}
