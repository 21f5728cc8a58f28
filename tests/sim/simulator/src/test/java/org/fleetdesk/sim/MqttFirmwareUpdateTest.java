package org.fleetdesk.sim;

import static org.fleetdesk.sim.FirmwareUpdateStateMachine.IDLE;
import static org.fleetdesk.sim.FirmwareUpdateStateMachine.UPDATING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MQTT convention's firmware-update on the shared updater: announced size, SHA-256 and version are checked,
 * then the FDFW check; a good image installs at once; the same faults as over LwM2M.
 */
class MqttFirmwareUpdateTest {

    private static final String URL = "https://127.0.0.1:1/LT-500-1.1.0.fdfw";

    private FakeUpdateHost host;
    private byte[] served;
    private FirmwareUpdater updater;
    private final List<Integer> progress = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        host = new FakeUpdateHost();
        served = FirmwareUpdaterTest.image("LT-500", "1.1.0", new byte[40_000]);
        PackageFetcher fetcher = (uri, conditions) -> {
            if (served.length > conditions.storageBytes()) {
                throw new PackageFetcher.FetchException(FirmwareUpdateStateMachine.RESULT_NOT_ENOUGH_STORAGE, "big");
            }
            if (conditions.interruptAfterBytes() >= 0) {
                throw new PackageFetcher.FetchException(FirmwareUpdateStateMachine.RESULT_CONNECTION_LOST, "cut");
            }
            for (int n = 4096; n < served.length; n += 4096) {
                conditions.progress(n, served.length);
            }
            return served;
        };
        updater = new FirmwareUpdater(new ProgressHost(host, progress), fetcher, null, 1.0);
    }

    private FirmwareUpdater.Expectation announced() throws Exception {
        return new FirmwareUpdater.Expectation(served.length, sha256(served), "1.1.0");
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private void assertState(int state, int result) {
        assertEquals(state, updater.state(), "state");
        assertEquals(result, updater.result(), "result");
    }

    @Test
    void aGoodImageInstallsAtOnce() throws Exception {
        assertEquals(FirmwareUpdater.Outcome.ACCEPTED, updater.startUpdate(URL, announced()));
        assertState(UPDATING, 0);
        assertEquals(100, updater.progress());
        assertEquals(List.of(10, 20, 30, 40, 50, 60, 70, 80, 90), progress);
        assertEquals("1.1.0", updater.targetVersion());
        host.runScheduled();
        assertState(IDLE, 1);
        assertEquals(List.of("installed 1.1.0"), host.events);
        assertEquals(1, updater.installs());
    }

    @Test
    void nothingAnnouncedButTheUrlIsFineToo() throws Exception {
        updater.startUpdate(URL, new FirmwareUpdater.Expectation(-1, null, null));
        assertState(UPDATING, 0);
    }

    @Test
    void aSecondUpdateIsRefusedAsBusyWhileOneRuns() throws Exception {
        updater.startUpdate(URL, announced());
        assertEquals(FirmwareUpdater.Outcome.BUSY, updater.startUpdate(URL, announced()));
        assertEquals(FirmwareUpdater.Outcome.BUSY, updater.cancelDownload(), "an install cannot be cancelled");
        host.runScheduled();
        assertState(IDLE, 1);
    }

    @Test
    void theBusyFaultRefusesUpdatesAndCancels() throws Exception {
        host.faults.add(FaultKind.BUSY);
        assertEquals(FirmwareUpdater.Outcome.BUSY, updater.startUpdate(URL, announced()));
        assertEquals(FirmwareUpdater.Outcome.BUSY, updater.cancelDownload());
        assertState(IDLE, 0);
    }

    @Test
    void announcedSizeShaOrVersionThatDoNotMatchGiveResult5() throws Exception {
        updater.startUpdate(URL, new FirmwareUpdater.Expectation(served.length + 1, sha256(served), "1.1.0"));
        assertState(IDLE, 5);
        updater.startUpdate(URL, new FirmwareUpdater.Expectation(served.length, "0".repeat(64), "1.1.0"));
        assertState(IDLE, 5);
        updater.startUpdate(URL, new FirmwareUpdater.Expectation(served.length, sha256(served), "1.2.0"));
        assertState(IDLE, 5);
        updater.startUpdate(URL, new FirmwareUpdater.Expectation(served.length, sha256(served).toUpperCase(), "1.1.0"));
        assertState(UPDATING, 0);
    }

    @Test
    void aTamperedImageWithMatchingAnnouncementGivesResult5() throws Exception {
        served[served.length - 1] ^= 1;
        updater.startUpdate(URL, announced());
        assertState(IDLE, 5);
        assertEquals(0, updater.installs());
    }

    @Test
    void anImageForAnotherModelGivesResult6() throws Exception {
        served = FirmwareUpdaterTest.image("EM-200", "1.1.0", new byte[100]);
        updater.startUpdate(URL, announced());
        assertState(IDLE, 6);
    }

    @Test
    void faultsGiveTheSameResultsAsOverLwm2m() throws Exception {
        host.faults.add(FaultKind.INTEGRITY);
        updater.startUpdate(URL, announced());
        assertState(IDLE, 5);
        host.faults.clear();
        host.faults.add(FaultKind.INTERRUPTED_DOWNLOAD);
        updater.startUpdate(URL, announced());
        assertState(IDLE, 4);
        host.faults.clear();
        host.storage = 1024;
        updater.startUpdate(URL, announced());
        assertState(IDLE, 2);
        host.storage = 1 << 20;
        updater.startUpdate("coap://127.0.0.1/fw", announced());
        assertState(IDLE, 9);
        updater.startUpdate("not a uri", announced());
        assertState(IDLE, 7);
    }

    @Test
    void lowBatteryDeclinesTheInstallWithResult8() throws Exception {
        host.battery = 10;
        updater.startUpdate(URL, announced());
        assertState(IDLE, 8);
        host.battery = 80;
        host.faults.add(FaultKind.LOW_BATTERY);
        updater.startUpdate(URL, announced());
        assertState(IDLE, 8);
        assertEquals(0, updater.installs());
    }

    @Test
    void powerLossWhileInstallingKeepsTheOldFirmware() throws Exception {
        host.faults.add(FaultKind.POWER_LOSS);
        updater.startUpdate(URL, announced());
        host.runScheduled();
        assertState(IDLE, 8);
        assertEquals(List.of("power lost"), host.events);
        host.faults.clear();
        host.faults.add(FaultKind.BRICK);
        host.events.clear();
        updater.startUpdate(URL, announced());
        host.runScheduled();
        assertEquals(List.of("bricked"), host.events);
    }

    @Test
    void aDownloadCanBeCancelledButNotAnInstall() throws Exception {
        assertEquals(FirmwareUpdater.Outcome.ACCEPTED, updater.cancelDownload(), "Idle: nothing to cancel, fine");
        updater.startUpdate(URL, announced());
        assertEquals(FirmwareUpdater.Outcome.BUSY, updater.cancelDownload());
    }

    /** The fake host, recording the progress the updater reports. */
    private static final class ProgressHost implements UpdateHost {
        private final FakeUpdateHost host;
        private final List<Integer> progress;

        ProgressHost(FakeUpdateHost host, List<Integer> progress) {
            this.host = host;
            this.progress = progress;
        }

        @Override
        public String model() {
            return host.model();
        }

        @Override
        public String firmwareVersion() {
            return host.firmwareVersion();
        }

        @Override
        public long freeStorageBytes() {
            return host.freeStorageBytes();
        }

        @Override
        public int batteryLevel() {
            return host.batteryLevel();
        }

        @Override
        public int minBatteryForUpdate() {
            return host.minBatteryForUpdate();
        }

        @Override
        public Faults faults() {
            return host.faults();
        }

        @Override
        public java.util.Random random() {
            return host.random();
        }

        @Override
        public double installSeconds() {
            return host.installSeconds();
        }

        @Override
        public void schedule(Runnable task, double simSeconds) {
            host.schedule(task, simSeconds);
        }

        @Override
        public void download(Runnable task) {
            host.download(task);
        }

        @Override
        public void installed(String version) {
            host.installed(version);
        }

        @Override
        public void powerLost(boolean bricked) {
            host.powerLost(bricked);
        }

        @Override
        public void firmwareResourcesChanged(int... resourceIds) {
            host.firmwareResourcesChanged(resourceIds);
        }

        @Override
        public void firmwareProgress(int percent) {
            progress.add(percent);
        }
    }
}
