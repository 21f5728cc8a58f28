package org.fleetdesk.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The MQTT devices come from the same scenario and seed as the LwM2M ones, with serials of their own. */
class MqttFleetPlanTest {

    private static Scenario scenario(String name) throws Exception {
        return Scenario.load(Path.of(System.getProperty("sim.scenarios", "../scenarios"), name));
    }

    @Test
    void planIsDeterministicAndIndependentOfTheLwm2mFleet() throws Exception {
        Scenario demo = scenario("demo.json");
        List<DeviceSpec> a = FleetPlanner.planMqtt(demo, 40, "sim-mqtt-", 42);
        assertEquals(a, FleetPlanner.planMqtt(demo, 40, "sim-mqtt-", 42));
        assertEquals(a.get(9), FleetPlanner.planMqtt(demo, 10, "sim-mqtt-", 42).get(9));
        assertEquals("sim-mqtt-0010", a.get(9).endpoint());
        assertTrue(a.get(9).serial().endsWith("-500010"), a.get(9).serial());
        List<DeviceSpec> lwm2m = FleetPlanner.plan(demo, 40, "sim-lwm2m-", 42, null);
        assertNotEquals(lwm2m.get(9).seed(), a.get(9).seed());
        assertFalse(lwm2m.stream().anyMatch(d -> d.serial().equals(a.get(9).serial())));
    }

    @Test
    void scenariosCarryTheirMqttFleet() throws Exception {
        assertEquals(4, scenario("ctest.json").mqttDevices);
        assertEquals(0.25, scenario("ctest.json").mqttV311Share);
        assertTrue(scenario("demo.json").mqttDevices >= 24);
        assertEquals(0, Scenario.defaults().mqttDevices);
    }

    @Test
    void aBadMqttSectionIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("{\"mqtt\":{\"v311_share\":1.5}}"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("{\"mqtt\":{\"devices\":-1}}"));
    }
}
