package org.fleetdesk.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class FleetPlannerTest {

    private static Scenario demo() throws Exception {
        return Scenario.load(Path.of(System.getProperty("sim.scenarios", "../scenarios"), "demo.json"));
    }

    @Test
    void sameSeedSamePlan() throws Exception {
        Scenario scenario = demo();
        assertEquals(FleetPlanner.plan(scenario, 50, "d-", 42, null), FleetPlanner.plan(scenario, 50, "d-", 42, null));
        assertNotEquals(FleetPlanner.plan(scenario, 50, "d-", 42, null), FleetPlanner.plan(scenario, 50, "d-", 43, null));
    }

    @Test
    void aDeviceDoesNotDependOnTheFleetSize() throws Exception {
        Scenario scenario = demo();
        assertEquals(FleetPlanner.plan(scenario, 10, "d-", 42, null).get(9),
                FleetPlanner.plan(scenario, 300, "d-", 42, null).get(9));
    }

    @Test
    void theDemoFleetIsMixed() throws Exception {
        List<DeviceSpec> fleet = FleetPlanner.plan(demo(), 300, "sim-lwm2m-", 20251126, null);
        assertEquals("sim-lwm2m-0300", fleet.get(299).endpoint());
        assertEquals(5, fleet.stream().map(d -> d.site().name()).distinct().count());
        assertEquals(4, fleet.stream().map(DeviceSpec::group).distinct().count());
        assertEquals(6, fleet.stream().map(d -> d.model().name() + " " + d.firmware()).distinct().count());
        long queue = fleet.stream().filter(DeviceSpec::queueMode).count();
        assertTrue(queue > 10 && queue < 60, "queue-mode devices: " + queue);
        assertTrue(fleet.stream().filter(DeviceSpec::queueMode).allMatch(d -> d.lifetimeSeconds() == 300));
    }
}
