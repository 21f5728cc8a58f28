package org.fleetdesk.sim;

/**
 * How a device's {@link PowerController} switches its protocol side on and off: a Leshan client (LwM2M) or
 * an MQTT connection ({@link MqttDevice}). Both calls may block briefly; they run on the power pool.
 */
interface DeviceLink {

    /** Connect / register (again). */
    void start();

    /**
     * Go away. {@code polite}: say goodbye first (LwM2M deregistration; MQTT status offline with a reason and a
     * DISCONNECT, so the broker drops the Will). Otherwise just drop off (power loss: no deregistration; MQTT:
     * the TCP connection closes without DISCONNECT, so the broker publishes the Will).
     */
    void stop(boolean polite);
}
