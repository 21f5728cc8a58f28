package org.fleetdesk.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirmwareUpdateStateMachineTest {

    private final FirmwareUpdateStateMachine machine = new FirmwareUpdateStateMachine();

    @Test
    void happyPath() {
        long download = machine.startDownload();
        assertEquals(FirmwareUpdateStateMachine.DOWNLOADING, machine.state());
        assertTrue(machine.downloadFinished(download));
        assertTrue(machine.startUpdate());
        assertEquals(FirmwareUpdateStateMachine.UPDATING, machine.state());
        assertTrue(machine.updateSucceeded());
        assertEquals(FirmwareUpdateStateMachine.IDLE, machine.state());
        assertEquals(FirmwareUpdateStateMachine.RESULT_SUCCESS, machine.result());
    }

    @Test
    void illegalTransitionsAreRefused() {
        assertFalse(machine.startUpdate());
        assertFalse(machine.updateSucceeded());
        assertFalse(machine.updateFailed());
        machine.startDownload();
        assertEquals(-1, machine.startDownload());
        assertFalse(machine.startUpdate());
    }

    @Test
    void aCancelledDownloadCannotFinishLater() {
        long stale = machine.startDownload();
        assertTrue(machine.cancel());
        long fresh = machine.startDownload();
        assertFalse(machine.downloadFinished(stale));
        assertFalse(machine.downloadFailed(stale, FirmwareUpdateStateMachine.RESULT_CONNECTION_LOST));
        assertTrue(machine.downloadFinished(fresh));
    }

    @Test
    void updatingCannotBeCancelledAndFailureGoesToIdleWithResult8() {
        machine.downloadFinished(machine.startDownload());
        machine.startUpdate();
        assertFalse(machine.cancel());
        assertTrue(machine.updateFailed());
        assertEquals(FirmwareUpdateStateMachine.IDLE, machine.state());
        assertEquals(FirmwareUpdateStateMachine.RESULT_UPDATE_FAILED, machine.result());
    }

    @Test
    void aNewDownloadClearsTheLastResult() {
        long d = machine.startDownload();
        machine.downloadFailed(d, FirmwareUpdateStateMachine.RESULT_INTEGRITY_FAILURE);
        assertEquals(FirmwareUpdateStateMachine.RESULT_INTEGRITY_FAILURE, machine.result());
        machine.startDownload();
        assertEquals(FirmwareUpdateStateMachine.RESULT_INITIAL, machine.result());
    }

    @Test
    void anInstallAtOnceCanBeDeclinedOnlyWhenDownloaded() {
        assertFalse(machine.declineInstall());
        long download = machine.startDownload();
        assertFalse(machine.declineInstall());
        assertTrue(machine.downloadFinished(download));
        assertTrue(machine.declineInstall());
        assertEquals(FirmwareUpdateStateMachine.IDLE, machine.state());
        assertEquals(FirmwareUpdateStateMachine.RESULT_UPDATE_FAILED, machine.result());
    }
}
