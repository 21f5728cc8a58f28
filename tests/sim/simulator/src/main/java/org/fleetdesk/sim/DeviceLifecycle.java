package org.fleetdesk.sim;

/** Where a simulated device is in its life, as the control channel reports it ({@code state}). */
public enum DeviceLifecycle {
    /** Powered and talking (registered or trying to). */
    RUNNING,
    /** Rebooting or recovering from a power loss: away for the reboot downtime. */
    REBOOTING,
    /** Switched off through the control channel ({@code "online": false}); no deregistration. */
    OFFLINE,
    /** Disabled by the server (/1/x/4): deregistered, back after the Disable Timeout. */
    DISABLED,
    /** The silent fault: alive but mute until the fault is cleared. */
    SILENT,
    /** Power loss while updating with the brick fault: never back (unless set online again). */
    BRICKED;

    public String jsonName() {
        return name().toLowerCase();
    }
}
