package org.fleetdesk.sim;

/** Settings in the FleetDesk Config object (/33000, resources/lwm2m-models/33000.xml), with factory defaults. */
final class DeviceConfig {

    static final int DEFAULT_REPORTING_INTERVAL = 300;
    static final double DEFAULT_TEMPERATURE_ALARM = 30.0;
    static final String[] MODES = { "normal", "eco", "maintenance" };

    volatile long reportingIntervalSeconds = DEFAULT_REPORTING_INTERVAL;
    volatile double temperatureAlarmC = DEFAULT_TEMPERATURE_ALARM;
    volatile boolean ledEnabled = true;
    volatile String operatingMode = "normal";

    void restoreDefaults() {
        reportingIntervalSeconds = DEFAULT_REPORTING_INTERVAL;
        temperatureAlarmC = DEFAULT_TEMPERATURE_ALARM;
        ledEnabled = true;
        operatingMode = "normal";
    }

    static boolean validMode(String mode) {
        for (String m : MODES) {
            if (m.equals(mode)) {
                return true;
            }
        }
        return false;
    }
}
