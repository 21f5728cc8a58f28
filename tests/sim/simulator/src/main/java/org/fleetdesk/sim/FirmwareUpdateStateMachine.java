package org.fleetdesk.sim;

/**
 * The LwM2M Firmware Update object's (/5) State and Update Result, with only the legal transitions
 * (docs/sim.md, "Firmware update"). Every transition bumps a generation number, so that the outcome of a
 * download started before a cancel can be recognised as stale and dropped.
 */
public final class FirmwareUpdateStateMachine {

    public static final int IDLE = 0;
    public static final int DOWNLOADING = 1;
    public static final int DOWNLOADED = 2;
    public static final int UPDATING = 3;

    public static final int RESULT_INITIAL = 0;
    public static final int RESULT_SUCCESS = 1;
    public static final int RESULT_NOT_ENOUGH_STORAGE = 2;
    public static final int RESULT_OUT_OF_RAM = 3;
    public static final int RESULT_CONNECTION_LOST = 4;
    public static final int RESULT_INTEGRITY_FAILURE = 5;
    public static final int RESULT_UNSUPPORTED_PACKAGE = 6;
    public static final int RESULT_INVALID_URI = 7;
    public static final int RESULT_UPDATE_FAILED = 8;
    public static final int RESULT_UNSUPPORTED_PROTOCOL = 9;

    private int state = IDLE;
    private int result = RESULT_INITIAL;
    private long generation;

    public synchronized int state() {
        return state;
    }

    public synchronized int result() {
        return result;
    }

    public synchronized long generation() {
        return generation;
    }

    /** Idle → Downloading (Result back to 0). Returns the download's generation, or -1 if not Idle. */
    public synchronized long startDownload() {
        if (state != IDLE) {
            return -1;
        }
        return move(DOWNLOADING, RESULT_INITIAL);
    }

    /** A URI the device will not download from: stays Idle with Result 7 or 9. */
    public synchronized boolean rejectUri(int uriResult) {
        if (state != IDLE) {
            return false;
        }
        move(IDLE, uriResult);
        return true;
    }

    /** Downloading → Downloaded, if the download is still the current one. */
    public synchronized boolean downloadFinished(long downloadGeneration) {
        if (state != DOWNLOADING || generation != downloadGeneration) {
            return false;
        }
        move(DOWNLOADED, RESULT_INITIAL);
        return true;
    }

    /** Downloading → Idle with a failure result (2, 3, 4, 5, 6, 7, 9), if the download is still current. */
    public synchronized boolean downloadFailed(long downloadGeneration, int failure) {
        if (state != DOWNLOADING || generation != downloadGeneration) {
            return false;
        }
        move(IDLE, failure);
        return true;
    }

    /** Downloaded → Updating. */
    public synchronized boolean startUpdate() {
        if (state != DOWNLOADED) {
            return false;
        }
        move(UPDATING, RESULT_INITIAL);
        return true;
    }

    /** The device declines to start the update now (e.g. low battery): stays Downloaded, Result 8. */
    public synchronized boolean refuseUpdate() {
        if (state != DOWNLOADED) {
            return false;
        }
        move(DOWNLOADED, RESULT_UPDATE_FAILED);
        return true;
    }

    /**
     * A device that installs at once (MQTT convention) declines the install (e.g. low battery): Downloaded →
     * Idle, Result 8, the package is dropped.
     */
    public synchronized boolean declineInstall() {
        if (state != DOWNLOADED) {
            return false;
        }
        move(IDLE, RESULT_UPDATE_FAILED);
        return true;
    }

    /** Updating → Idle, Result 1 (the new firmware runs). */
    public synchronized boolean updateSucceeded() {
        if (state != UPDATING) {
            return false;
        }
        move(IDLE, RESULT_SUCCESS);
        return true;
    }

    /** Updating → Idle, Result 8 (the old firmware runs; the package is gone). */
    public synchronized boolean updateFailed() {
        if (state != UPDATING) {
            return false;
        }
        move(IDLE, RESULT_UPDATE_FAILED);
        return true;
    }

    /** Empty Package or Package URI written: back to Idle, Result 0, from any state but Updating. */
    public synchronized boolean cancel() {
        if (state == UPDATING) {
            return false;
        }
        move(IDLE, RESULT_INITIAL);
        return true;
    }

    /** Factory reset: Idle, Result 0, whatever the state. */
    public synchronized void reset() {
        move(IDLE, RESULT_INITIAL);
    }

    private long move(int newState, int newResult) {
        state = newState;
        result = newResult;
        return ++generation;
    }
}
