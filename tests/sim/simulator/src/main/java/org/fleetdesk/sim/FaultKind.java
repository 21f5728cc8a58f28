package org.fleetdesk.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Faults a simulated device can be given (docs/sim.md, "Faults"); each has its JSON name. */
public enum FaultKind {
    /** Every downloaded package fails the integrity check: Update Result 5. */
    INTEGRITY,
    /** Downloads stop half way: Update Result 4 (connection lost). */
    INTERRUPTED_DOWNLOAD,
    /** Free memory is almost nil: packages do not fit, Update Result 2; error code 5 (out of memory). */
    NO_STORAGE,
    /** Battery drops below the update threshold and stops recharging: Execute Update is refused (Result 8). */
    LOW_BATTERY,
    /** Power fails while Updating: back after the reboot downtime with the old firmware, State 0, Result 8. */
    POWER_LOSS,
    /** Power fails while Updating and the device never comes back. */
    BRICK,
    /** Writes to /5 and Executes of /5/0/2, /3/0/4, /3/0/5 answer 5.00 "busy". */
    BUSY,
    /** The device stops talking (no updates, no answers) until the fault is cleared; it does not deregister. */
    SILENT,
    /** Downloads crawl at 2 KiB per simulated second; signal 20 dB weaker. */
    SLOW_LINK,
    /** Each download breaks off with probability 1/2 (Update Result 4); signal jumps around. */
    FLAKY_LINK,
    /** The device clock (/3/0/13) is off by 10 minutes to 2 hours. */
    CLOCK_SKEW,
    /** One-shot: the device reboots now (with a share of the fleet: everyone registers again at once). */
    REGISTRATION_STORM;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FaultKind fromJson(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown fault kind '" + name + "'; known: " + Arrays.stream(values())
                    .map(FaultKind::jsonName).collect(Collectors.joining(", ")));
        }
    }

    /** Faults that are an action rather than a lasting condition. */
    public boolean oneShot() {
        return this == REGISTRATION_STORM;
    }
}
