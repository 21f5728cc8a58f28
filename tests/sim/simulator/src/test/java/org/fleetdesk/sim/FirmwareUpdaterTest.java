package org.fleetdesk.sim;

import static org.fleetdesk.sim.FirmwareUpdateStateMachine.DOWNLOADED;
import static org.fleetdesk.sim.FirmwareUpdateStateMachine.IDLE;
import static org.fleetdesk.sim.FirmwareUpdateStateMachine.UPDATING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The updater's state machine with its faults, against a fake device and a fake package server. */
class FirmwareUpdaterTest {

    private static final String URL = "http://127.0.0.1:1/LT-500-1.1.0.fdfw";

    private FakeUpdateHost host;
    private byte[] served;
    private FirmwareUpdater updater;

    @BeforeEach
    void setUp() throws Exception {
        host = new FakeUpdateHost();
        served = image("LT-500", "1.1.0", new byte[5000]);
        PackageFetcher fetcher = (uri, conditions) -> {
            if (served.length > conditions.storageBytes()) {
                throw new PackageFetcher.FetchException(FirmwareUpdateStateMachine.RESULT_NOT_ENOUGH_STORAGE, "big");
            }
            if (conditions.interruptAfterBytes() >= 0) {
                throw new PackageFetcher.FetchException(FirmwareUpdateStateMachine.RESULT_CONNECTION_LOST, "cut");
            }
            return served;
        };
        updater = new FirmwareUpdater(host, fetcher, null, 1.0);
    }

    static byte[] image(String model, String version, byte[] payload) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        byte[] header = String.format("{\"model\":\"%s\",\"version\":\"%s\",\"payload_size\":%d,\"payload_sha256\":\"%s\"}",
                model, version, payload.length, sha).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("FDFW".getBytes(StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(6).putShort((short) 1).putInt(header.length).array());
        out.write(header);
        out.write(payload);
        return out.toByteArray();
    }

    private void assertState(int state, int result) {
        assertEquals(state, updater.state(), "state");
        assertEquals(result, updater.result(), "result");
    }

    @Test
    void pullThenExecuteInstallsAndReportsSuccess() {
        assertEquals(FirmwareUpdater.Outcome.ACCEPTED, updater.writePackageUri(URL));
        assertState(DOWNLOADED, 0);
        assertEquals("LT-500", updater.packageName());
        assertEquals("1.1.0", updater.packageVersion());
        assertEquals(FirmwareUpdater.Outcome.ACCEPTED, updater.executeUpdate());
        assertState(UPDATING, 0);
        host.runScheduled();
        assertState(IDLE, 1);
        assertEquals(List.of("installed 1.1.0"), host.events);
        assertEquals(1, updater.installs());
        assertEquals(1, updater.downloads());
    }

    @Test
    void pushedPackageIsCheckedToo() throws Exception {
        assertEquals(FirmwareUpdater.Outcome.ACCEPTED, updater.writePackage(image("LT-500", "1.2.0", new byte[10])));
        assertState(DOWNLOADED, 0);
        assertEquals("1.2.0", updater.packageVersion());
    }

    @Test
    void executeIsOnlyAcceptedWhenDownloaded() {
        assertEquals(FirmwareUpdater.Outcome.NOT_ALLOWED, updater.executeUpdate());
        assertState(IDLE, 0);
    }

    @Test
    void newUriIsRefusedWhileDownloadedButEmptyUriCancels() {
        updater.writePackageUri(URL);
        assertEquals(FirmwareUpdater.Outcome.NOT_ALLOWED, updater.writePackageUri(URL));
        assertEquals(FirmwareUpdater.Outcome.ACCEPTED, updater.writePackageUri(""));
        assertState(IDLE, 0);
        assertEquals("", updater.packageVersion());
    }

    @Test
    void badUrisAreReportedThroughTheResult() {
        updater.writePackageUri("coap://127.0.0.1/fw");
        assertState(IDLE, 9);
        updater.writePackageUri("not a uri at all");
        assertState(IDLE, 7);
        updater.writePackageUri("ftp://127.0.0.1/fw");
        assertState(IDLE, 7);
    }

    @Test
    void integrityFaultGivesResult5AndNoInstall() {
        host.faults.add(FaultKind.INTEGRITY);
        updater.writePackageUri(URL);
        assertState(IDLE, 5);
        assertEquals(0, updater.installs());
    }

    @Test
    void corruptImageGivesResult5() throws Exception {
        served[served.length - 1] ^= 1;
        updater.writePackageUri(URL);
        assertState(IDLE, 5);
    }

    @Test
    void imageForAnotherModelGivesResult6() throws Exception {
        served = image("EM-200", "2.0.0", new byte[100]);
        updater.writePackageUri(URL);
        assertState(IDLE, 6);
    }

    @Test
    void interruptedDownloadGivesResult4() {
        host.faults.add(FaultKind.INTERRUPTED_DOWNLOAD);
        updater.writePackageUri(URL);
        assertState(IDLE, 4);
    }

    @Test
    void noStorageGivesResult2() {
        host.faults.add(FaultKind.NO_STORAGE);
        host.storage = 100;
        updater.writePackageUri(URL);
        assertState(IDLE, 2);
    }

    @Test
    void lowBatteryRefusesTheInstallButKeepsThePackage() {
        updater.writePackageUri(URL);
        host.battery = 10;
        assertEquals(FirmwareUpdater.Outcome.ACCEPTED, updater.executeUpdate());
        assertState(DOWNLOADED, 8);
        host.battery = 90;
        updater.executeUpdate();
        host.runScheduled();
        assertState(IDLE, 1);
    }

    @Test
    void powerLossWhileUpdatingKeepsOldFirmwareWithResult8() {
        host.faults.add(FaultKind.POWER_LOSS);
        updater.writePackageUri(URL);
        updater.executeUpdate();
        host.runScheduled();
        assertState(IDLE, 8);
        assertEquals("1.0.0", host.firmware);
        assertEquals(List.of("power lost"), host.events);
        assertEquals(0, updater.installs());
    }

    @Test
    void brickFaultNeverComesBack() {
        host.faults.add(FaultKind.BRICK);
        updater.writePackageUri(URL);
        updater.executeUpdate();
        host.runScheduled();
        assertEquals(List.of("bricked"), host.events);
    }

    @Test
    void busyDeviceRefusesWritesAndExecute() {
        updater.writePackageUri(URL);
        host.faults.add(FaultKind.BUSY);
        assertEquals(FirmwareUpdater.Outcome.BUSY, updater.executeUpdate());
        assertEquals(FirmwareUpdater.Outcome.BUSY, updater.writePackageUri(""));
        assertState(DOWNLOADED, 0);
    }

    @Test
    void factoryResetForgetsThePackage() {
        updater.writePackageUri(URL);
        updater.factoryReset();
        assertState(IDLE, 0);
        assertEquals(FirmwareUpdater.Outcome.NOT_ALLOWED, updater.executeUpdate());
    }
}
