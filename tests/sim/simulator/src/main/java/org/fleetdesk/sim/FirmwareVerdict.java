package org.fleetdesk.sim;

/** Outcome of checking a firmware image against a device (docs/firmware-image.md). */
public enum FirmwareVerdict {
    VALID(0), INTEGRITY_FAILURE(5), UNSUPPORTED_PACKAGE(6);

    /** The LwM2M Firmware Update result (/5/0/5) a rejected image leads to; 0 for a valid one. */
    public final int updateResult;

    FirmwareVerdict(int updateResult) {
        this.updateResult = updateResult;
    }

    /** The name used in tests/data/firmware/vectors.json. */
    public String jsonName() {
        return name().toLowerCase();
    }
}
