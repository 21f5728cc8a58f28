package org.fleetdesk.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/** A device as the control channel shows it (docs/sim.md, "Control channel"). */
final class DeviceJson {

    private DeviceJson() {
    }

    static Map<String, Object> of(SimDevice device) {
        return of(device, null);
    }

    /** With {@code mqtt} for an MQTT device: its protocol details under "mqtt". */
    static Map<String, Object> of(SimDevice device, MqttDevice mqtt) {
        DeviceSpec spec = device.spec;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("endpoint", spec.endpoint());
        json.put("protocol", device.protocol());
        json.put("model", spec.model().name());
        json.put("serial", spec.serial());
        json.put("firmware", device.firmware());
        json.put("installs", device.updater.installs());
        json.put("downloads", device.updater.downloads());
        json.put("battery", device.battery.level());
        json.put("signal", device.signal.dbm());
        json.put("online", device.lifecycle() == DeviceLifecycle.RUNNING);
        json.put("registered", device.registered());
        json.put("state", device.lifecycle().jsonName());
        json.put("site", spec.site().name());
        json.put("group", spec.group());
        json.put("latitude", spec.latitude());
        json.put("longitude", spec.longitude());
        if (mqtt == null) {
            json.put("queue_mode", spec.queueMode());
            json.put("lifetime", spec.lifetimeSeconds());
        } else {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", mqtt.mqttVersion());
            m.put("connected", mqtt.connected());
            m.put("session", mqtt.session());
            m.put("config_version", mqtt.config.version());
            json.put("mqtt", m);
        }
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("state", device.updater.state());
        update.put("result", device.updater.result());
        update.put("package_version", device.updater.packageVersion());
        if (mqtt != null) {
            update.put("progress", device.updater.progress());
        }
        json.put("firmware_update", update);
        json.put("faults", device.faultNames());
        return json;
    }
}
