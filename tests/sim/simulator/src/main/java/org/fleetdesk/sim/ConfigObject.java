package org.fleetdesk.sim;

import java.util.Arrays;
import java.util.List;

import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.ServerIdentity;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;

/**
 * FleetDesk Config (/33000/0), FleetDesk's own object in the private range (resources/lwm2m-models/33000.xml):
 * reporting interval, temperature alarm threshold, LED, operating mode, and the device's site and group.
 */
final class ConfigObject extends BaseInstanceEnabler {

    static final int OBJECT_ID = 33000;
    static final int REPORTING_INTERVAL = 0;
    static final int TEMPERATURE_ALARM = 1;
    static final int LED_ENABLED = 2;
    static final int OPERATING_MODE = 3;
    static final int SITE = 4;
    static final int GROUP = 5;
    static final int RESTORE_DEFAULTS = 6;
    private static final List<Integer> SUPPORTED = Arrays.asList(0, 1, 2, 3, 4, 5, 6);

    private final SimDevice device;

    ConfigObject(SimDevice device) {
        this.device = device;
    }

    @Override
    public ReadResponse read(ServerIdentity identity, int resourceId) {
        DeviceConfig config = device.config;
        switch (resourceId) {
        case REPORTING_INTERVAL:
            return ReadResponse.success(resourceId, config.reportingIntervalSeconds);
        case TEMPERATURE_ALARM:
            return ReadResponse.success(resourceId, config.temperatureAlarmC);
        case LED_ENABLED:
            return ReadResponse.success(resourceId, config.ledEnabled);
        case OPERATING_MODE:
            return ReadResponse.success(resourceId, config.operatingMode);
        case SITE:
            return ReadResponse.success(resourceId, device.spec.site().name());
        case GROUP:
            return ReadResponse.success(resourceId, device.spec.group());
        default:
            return super.read(identity, resourceId);
        }
    }

    @Override
    public WriteResponse write(ServerIdentity identity, boolean replace, int resourceId, LwM2mResource value) {
        DeviceConfig config = device.config;
        switch (resourceId) {
        case REPORTING_INTERVAL: {
            long seconds = (Long) value.getValue();
            if (seconds < 10 || seconds > 86400) {
                return WriteResponse.badRequest("reporting interval must be 10..86400 s");
            }
            config.reportingIntervalSeconds = seconds;
            break;
        }
        case TEMPERATURE_ALARM: {
            double celsius = ((Number) value.getValue()).doubleValue();
            if (celsius < -40 || celsius > 85) {
                return WriteResponse.badRequest("temperature alarm must be -40..85 Cel");
            }
            config.temperatureAlarmC = celsius;
            break;
        }
        case LED_ENABLED:
            config.ledEnabled = (Boolean) value.getValue();
            break;
        case OPERATING_MODE: {
            String mode = (String) value.getValue();
            if (!DeviceConfig.validMode(mode)) {
                return WriteResponse.badRequest("operating mode must be normal, eco or maintenance");
            }
            config.operatingMode = mode;
            break;
        }
        default:
            return super.write(identity, replace, resourceId, value);
        }
        fireResourcesChange(resourceId);
        return WriteResponse.success();
    }

    @Override
    public ExecuteResponse execute(ServerIdentity identity, int resourceId, String params) {
        if (resourceId != RESTORE_DEFAULTS) {
            return super.execute(identity, resourceId, params);
        }
        device.config.restoreDefaults();
        fireResourcesChange(REPORTING_INTERVAL, TEMPERATURE_ALARM, LED_ENABLED, OPERATING_MODE);
        return ExecuteResponse.success();
    }

    @Override
    public List<Integer> getAvailableResourceIds(ObjectModel model) {
        return SUPPORTED;
    }
}
