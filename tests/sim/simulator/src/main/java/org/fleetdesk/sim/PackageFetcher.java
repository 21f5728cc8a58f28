package org.fleetdesk.sim;

import java.net.URI;

/** Pulls a firmware package from a Package URI (HTTP/HTTPS in the simulator; a fake in unit tests). */
public interface PackageFetcher {

    /** What a fetch needs from the device. */
    interface Conditions {
        /** Largest package the device can store; more is {@link FirmwareUpdateStateMachine#RESULT_NOT_ENOUGH_STORAGE}. */
        long storageBytes();

        /** Bytes per real second, or 0 for as fast as the link goes. */
        long throttleBytesPerSecond();

        /** Stop after this many bytes with a connection loss, or -1 for no interruption. */
        long interruptAfterBytes();

        /** Whether the download was cancelled meanwhile (stop quietly). */
        boolean cancelled();

        /** {@code bytes} of {@code total} (-1 when unknown) have arrived. */
        default void progress(long bytes, long total) {
        }
    }

    /** Thrown with the LwM2M Update Result a failed fetch leads to. */
    final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;
        public final int updateResult;

        public FetchException(int updateResult, String message) {
            super(message);
            this.updateResult = updateResult;
        }
    }

    byte[] fetch(URI uri, Conditions conditions) throws FetchException;
}
