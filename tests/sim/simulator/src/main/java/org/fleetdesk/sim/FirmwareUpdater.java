package org.fleetdesk.sim;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.PublicKey;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device's firmware update logic behind /5: pull (Package URI over HTTP/HTTPS) and push (Package),
 * the FDFW integrity check against the device model, Execute Update, install and reboot, and the faults
 * that disturb them. State and Update Result live in {@link FirmwareUpdateStateMachine}.
 */
public final class FirmwareUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(FirmwareUpdater.class);

    /** Answer of a write or execute on /5: accepted, or refused with an LwM2M error. */
    public enum Outcome {
        ACCEPTED, BUSY, NOT_ALLOWED
    }

    private static final long SLOW_LINK_BYTES_PER_SIM_SECOND = 2048;

    /**
     * What an MQTT {@code firmware-update} command announced about the image (docs/mqtt-dm-convention.md):
     * checked after the download, before the FDFW check. {@code size} &lt; 0 or null strings: not announced.
     */
    public record Expectation(long size, String sha256, String version) {
    }

    private final UpdateHost host;
    private final PackageFetcher fetcher;
    private final PublicKey trustedKey;
    private final double timeScale;
    private final FirmwareUpdateStateMachine machine = new FirmwareUpdateStateMachine();

    private volatile String packageUri = "";
    private volatile String packageName = "";
    private volatile String packageVersion = "";
    private volatile FirmwareImage downloaded;
    private volatile int downloads;
    private volatile int installs;
    /** Set by {@link #startUpdate}: check the announced image and install at once (MQTT convention). */
    private volatile Expectation expectation;
    private volatile int progress;

    public FirmwareUpdater(UpdateHost host, PackageFetcher fetcher, PublicKey trustedKey, double timeScale) {
        this.host = host;
        this.fetcher = fetcher;
        this.trustedKey = trustedKey;
        this.timeScale = timeScale;
    }

    public int state() {
        return machine.state();
    }

    public int result() {
        return machine.result();
    }

    public String packageUri() {
        return packageUri;
    }

    public String packageName() {
        return packageName;
    }

    public String packageVersion() {
        return packageVersion;
    }

    /** Completed package transfers (pull or push), whatever the integrity check said. */
    public int downloads() {
        return downloads;
    }

    /** Successful installs. */
    public int installs() {
        return installs;
    }

    /** Download progress 0..100 % of the current or last download. */
    public int progress() {
        return progress;
    }

    /** Version the running MQTT update installs (null for LwM2M updates and when none was announced). */
    public String targetVersion() {
        Expectation e = expectation;
        return e == null ? null : e.version();
    }

    /**
     * The MQTT convention's {@code firmware-update}: pull {@code uri}, check size, SHA-256 and version against
     * {@code expected}, then the FDFW check, and install at once when it checks out. BUSY with the busy fault
     * or when an update is running (not Idle); a URI the device cannot use ends in Idle with Result 7 or 9.
     */
    public Outcome startUpdate(String uri, Expectation expected) {
        if (host.faults().has(FaultKind.BUSY) || machine.state() != FirmwareUpdateStateMachine.IDLE) {
            return Outcome.BUSY;
        }
        expectation = expected;
        return pullFrom(uri);
    }

    /** The MQTT convention's {@code firmware-cancel}: ACCEPTED, or BUSY while installing or with the busy fault. */
    public Outcome cancelDownload() {
        if (host.faults().has(FaultKind.BUSY)) {
            return Outcome.BUSY;
        }
        return cancel() == Outcome.ACCEPTED ? Outcome.ACCEPTED : Outcome.BUSY;
    }

    /** Write /5/0/1. Empty cancels; otherwise only in Idle. A bad URI is accepted and reported as Result 7/9. */
    public Outcome writePackageUri(String uri) {
        if (host.faults().has(FaultKind.BUSY)) {
            return Outcome.BUSY;
        }
        if (uri == null || uri.isEmpty()) {
            return cancel();
        }
        if (machine.state() != FirmwareUpdateStateMachine.IDLE) {
            return Outcome.NOT_ALLOWED;
        }
        expectation = null;
        return pullFrom(uri);
    }

    private Outcome pullFrom(String uri) {
        packageUri = uri;
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return rejectUri(FirmwareUpdateStateMachine.RESULT_INVALID_URI, "invalid URI " + uri);
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return rejectUri(scheme.startsWith("coap") ? FirmwareUpdateStateMachine.RESULT_UNSUPPORTED_PROTOCOL
                    : FirmwareUpdateStateMachine.RESULT_INVALID_URI, "cannot download from " + uri);
        }
        if (parsed.getHost() == null) {
            return rejectUri(FirmwareUpdateStateMachine.RESULT_INVALID_URI, "no host in " + uri);
        }
        long generation = machine.startDownload();
        if (generation < 0) {
            return Outcome.NOT_ALLOWED;
        }
        progress = 0;
        changed(1, 3, 5);
        host.download(() -> pull(parsed, generation));
        return Outcome.ACCEPTED;
    }

    /** Write /5/0/0 (push). Empty cancels; otherwise only in Idle. */
    public Outcome writePackage(byte[] data) {
        if (host.faults().has(FaultKind.BUSY)) {
            return Outcome.BUSY;
        }
        if (data == null || data.length == 0) {
            return cancel();
        }
        long generation = machine.startDownload();
        if (generation < 0) {
            return Outcome.NOT_ALLOWED;
        }
        expectation = null;
        progress = 0;
        packageUri = "";
        changed(1, 3, 5);
        host.download(() -> received(generation, data));
        return Outcome.ACCEPTED;
    }

    /** Execute /5/0/2: only in Downloaded. */
    public Outcome executeUpdate() {
        if (host.faults().has(FaultKind.BUSY)) {
            return Outcome.BUSY;
        }
        if (machine.state() != FirmwareUpdateStateMachine.DOWNLOADED) {
            return Outcome.NOT_ALLOWED;
        }
        if (host.faults().has(FaultKind.LOW_BATTERY) || host.batteryLevel() < host.minBatteryForUpdate()) {
            LOG.info("{}: battery {} % below {} %: not installing", host.model(), host.batteryLevel(),
                    host.minBatteryForUpdate());
            machine.refuseUpdate();
            changed(5);
            return Outcome.ACCEPTED;
        }
        if (!machine.startUpdate()) {
            return Outcome.NOT_ALLOWED;
        }
        changed(3, 5);
        FirmwareImage image = downloaded;
        host.schedule(() -> install(image), host.installSeconds());
        return Outcome.ACCEPTED;
    }

    /** Factory reset: forget packages, Idle, Result 0. */
    public void factoryReset() {
        machine.reset();
        expectation = null;
        progress = 0;
        downloaded = null;
        packageUri = "";
        packageName = "";
        packageVersion = "";
        changed(1, 3, 5, 6, 7);
    }

    private Outcome cancel() {
        if (!machine.cancel()) {
            return Outcome.NOT_ALLOWED;
        }
        downloaded = null;
        packageUri = "";
        packageName = "";
        packageVersion = "";
        changed(1, 3, 5, 6, 7);
        return Outcome.ACCEPTED;
    }

    private Outcome rejectUri(int result, String why) {
        LOG.info("{}", why);
        machine.rejectUri(result);
        changed(1, 5);
        return Outcome.ACCEPTED;
    }

    private void pull(URI uri, long generation) {
        try {
            byte[] data = fetcher.fetch(uri, conditions(generation));
            received(generation, data);
        } catch (PackageFetcher.FetchException e) {
            LOG.info("download of {} failed: {} (Update Result {})", uri, e.getMessage(), e.updateResult);
            if (e.updateResult != FirmwareUpdateStateMachine.RESULT_INITIAL && machine.downloadFailed(generation, e.updateResult)) {
                changed(3, 5);
            }
        } catch (RuntimeException e) {
            LOG.warn("download of {} failed", uri, e);
            if (machine.downloadFailed(generation, FirmwareUpdateStateMachine.RESULT_CONNECTION_LOST)) {
                changed(3, 5);
            }
        }
    }

    private PackageFetcher.Conditions conditions(long generation) {
        Faults faults = host.faults();
        boolean interrupt = faults.has(FaultKind.INTERRUPTED_DOWNLOAD)
                || (faults.has(FaultKind.FLAKY_LINK) && host.random().nextBoolean());
        long throttle = faults.has(FaultKind.SLOW_LINK) ? (long) (SLOW_LINK_BYTES_PER_SIM_SECOND * timeScale) : 0;
        long storage = host.freeStorageBytes();
        return new PackageFetcher.Conditions() {
            @Override
            public long storageBytes() {
                return storage;
            }

            @Override
            public long throttleBytesPerSecond() {
                return throttle;
            }

            @Override
            public long interruptAfterBytes() {
                return interrupt ? 1024 : -1;
            }

            @Override
            public boolean cancelled() {
                return machine.generation() != generation;
            }

            @Override
            public void progress(long bytes, long total) {
                if (total <= 0) {
                    return;
                }
                int percent = (int) Math.min(100, bytes * 100 / total);
                if (percent >= progress + 10 && percent < 100 && machine.generation() == generation) {
                    progress = percent - percent % 10;
                    host.firmwareProgress(progress);
                }
            }
        };
    }

    private void received(long generation, byte[] data) {
        if (machine.generation() != generation) {
            return; // cancelled meanwhile
        }
        downloads++;
        int failure = FirmwareUpdateStateMachine.RESULT_INITIAL;
        String why = null;
        FirmwareImage.Verdict verdict = null;
        if (data.length > host.freeStorageBytes()) {
            failure = FirmwareUpdateStateMachine.RESULT_NOT_ENOUGH_STORAGE;
            why = data.length + " bytes do not fit";
        } else if (host.faults().has(FaultKind.INTEGRITY)) {
            failure = FirmwareUpdateStateMachine.RESULT_INTEGRITY_FAILURE;
            why = "integrity fault injected";
        } else {
            why = announcedMismatch(data);
            if (why != null) {
                failure = FirmwareUpdateStateMachine.RESULT_INTEGRITY_FAILURE;
            } else {
                verdict = FirmwareImage.check(data, host.model(), trustedKey);
                if (!verdict.valid()) {
                    failure = verdict.verdict.updateResult;
                    why = verdict.reason;
                } else if (expectation != null && expectation.version() != null
                        && !expectation.version().equals(verdict.image.version)) {
                    failure = FirmwareUpdateStateMachine.RESULT_INTEGRITY_FAILURE;
                    why = "the image is version " + verdict.image.version + ", not the announced " + expectation.version();
                }
            }
        }
        if (failure != FirmwareUpdateStateMachine.RESULT_INITIAL) {
            LOG.info("package rejected: {} (Update Result {})", why, failure);
            if (machine.downloadFailed(generation, failure)) {
                changed(3, 5);
            }
            return;
        }
        downloaded = verdict.image;
        packageName = verdict.image.model;
        packageVersion = verdict.image.version;
        progress = 100;
        if (machine.downloadFinished(generation)) {
            changed(3, 5, 6, 7);
            if (expectation != null) {
                installAtOnce();
            }
        }
    }

    /** Size and SHA-256 of the whole image as the MQTT command announced them; null when they match. */
    private String announcedMismatch(byte[] data) {
        Expectation e = expectation;
        if (e == null) {
            return null;
        }
        if (e.size() >= 0 && e.size() != data.length) {
            return "the image has " + data.length + " bytes, not the announced " + e.size();
        }
        if (e.sha256() != null) {
            try {
                String actual = java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(data));
                if (!actual.equalsIgnoreCase(e.sha256())) {
                    return "SHA-256 of the image is " + actual + ", not the announced " + e.sha256();
                }
            } catch (java.security.NoSuchAlgorithmException x) {
                throw new IllegalStateException(x);
            }
        }
        return null;
    }

    /** MQTT convention: a download that checks out installs at once, unless the battery is too low (Result 8). */
    private void installAtOnce() {
        if (host.faults().has(FaultKind.LOW_BATTERY) || host.batteryLevel() < host.minBatteryForUpdate()) {
            LOG.info("{}: battery {} % below {} %: not installing", host.model(), host.batteryLevel(),
                    host.minBatteryForUpdate());
            downloaded = null;
            if (machine.declineInstall()) {
                changed(3, 5);
            }
            return;
        }
        if (machine.startUpdate()) {
            changed(3, 5);
            FirmwareImage image = downloaded;
            host.schedule(() -> install(image), host.installSeconds());
        }
    }

    private void install(FirmwareImage image) {
        Faults faults = host.faults();
        if (faults.has(FaultKind.BRICK) || faults.has(FaultKind.POWER_LOSS)) {
            LOG.info("power lost while installing {} {}", image.model, image.version);
            machine.updateFailed();
            downloaded = null;
            host.powerLost(faults.has(FaultKind.BRICK));
            return;
        }
        installs++;
        downloaded = null;
        machine.updateSucceeded();
        changed(3, 5);
        host.installed(image.version);
    }

    private void changed(int... resourceIds) {
        host.firmwareResourcesChanged(resourceIds);
    }
}
