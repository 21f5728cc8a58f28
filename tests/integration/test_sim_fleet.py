"""Integration tests of the LwM2M fleet simulator (tests/sim, docs/sim.md) against the sandbox's real Leshan
server (REST API, M4 shapes: docs/sandbox.md) and the simulator's control channel.

Needs a running sandbox with the ctest scenario (tests/sim/scenarios/ctest.json: 8 LT-500 devices on
firmware 1.0.0, time scale 5, lifetime 30 s) and FLEETDESK_SANDBOX_JSON pointing at its sandbox.json:

    tests/sandbox/sandbox up --dir /tmp/sbx --scenario tests/sim/scenarios/ctest.json
    FLEETDESK_SANDBOX_JSON=/tmp/sbx/sandbox.json python3 tests/integration/test_sim_fleet.py

Device sim-lwm2m-0001 is left alone (test_sandbox_services.py reads it); every test below uses its own device
and puts it back as it was (faults cleared). Every wait polls against a deadline.
"""

import json
import queue
import sys
import threading
import time
import unittest
import urllib.request
from pathlib import Path

import sandbox_support as sb

sys.path.insert(0, str(sb.REPO / "tests" / "sim"))
import fdfw  # noqa: E402

SANDBOX = sb.load_sandbox_json()
REST = SANDBOX["leshan"]["rest"]
CONTROL = SANDBOX["sim"]["control"]
PREFIX = SANDBOX["sim"]["lwm2m_endpoint_prefix"]
DEVICES = SANDBOX["sim"]["lwm2m_devices"]
MODEL = "LT-500"
NEW_VERSION = "1.1.0"
DEADLINE_S = 60


def ep(i):
    return f"{PREFIX}{i:04d}"


def control(path, method="GET", body=None):
    data = json.dumps(body).encode() if body is not None else None
    status, _, answer = sb.http_request(f"{CONTROL}{path}", method=method, body=data,
                                        headers={"Content-Type": "application/json"})
    if status not in (200, 202):
        raise AssertionError(f"{method} {path}: HTTP {status}: {answer[:300]!r}")
    return json.loads(answer)


def leshan(endpoint, path, method="GET", body=None, timeout=10):
    data = json.dumps(body).encode() if body is not None else None
    status, _, answer = sb.http_request(f"{REST}/api/clients/{endpoint}{path}", method=method, body=data,
                                        headers={"Content-Type": "application/json"} if data else {}, timeout=timeout)
    return status, json.loads(answer) if status == 200 and answer else None


def read_value(endpoint, path):
    """A resource value, or None while the device is away or the read fails."""
    status, response = leshan(endpoint, path)
    if status == 200 and response and response.get("success"):
        return response["content"].get("value")
    return None


def write(endpoint, path, value):
    resource_id = int(path.rsplit("/", 1)[1])
    status, response = leshan(endpoint, path, "PUT", {"id": resource_id, "value": value})
    assert status == 200 and response["success"], (status, response)


def execute(endpoint, path):
    status, response = leshan(endpoint, path, "POST")
    assert status == 200 and response["success"], (status, response)


def wait_registered(endpoint):
    sb.poll(lambda: control(f"/devices/{endpoint}")["registered"] and read_value(endpoint, "/3/0/3") is not None,
            DEADLINE_S, what=f"{endpoint} registered and answering")


def publish_image(version, name, signed=True):
    """An FDFW image for MODEL in the sandbox's firmware directory; returns its HTTPS URL."""
    payload = fdfw.demo_payload(MODEL, version, 20 * 1024)
    key = SANDBOX["firmware"]["signing_key_file"] if signed else None
    Path(SANDBOX["firmware"]["dir"], name).write_bytes(fdfw.build(MODEL, version, payload, key))
    return f"{SANDBOX['firmware']['https']}/{name}"


class EventStream:
    """Leshan's /api/event (M4 needs Accept: text/event-stream), read on a thread into a queue."""

    def __init__(self):
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        request = urllib.request.Request(f"{REST}/api/event", headers={"Accept": "text/event-stream"})
        self.response = opener.open(request, timeout=DEADLINE_S)
        self.events = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        name = None
        try:
            for raw in self.response:
                line = raw.decode().rstrip("\r\n")
                if line.startswith("event:"):
                    name = line[6:].strip()
                elif line.startswith("data:") and name:
                    self.events.put((name, json.loads(line[5:].strip()), time.monotonic()))
                    name = None
        except Exception:  # closed
            pass

    def wait_for(self, name, endpoint, deadline_s=DEADLINE_S):
        """The time (monotonic) of the next event `name` about `endpoint`."""
        end = time.monotonic() + deadline_s
        while True:
            remaining = end - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {name} event for {endpoint} within {deadline_s} s")
            try:
                event, data, at = self.events.get(timeout=remaining)
            except queue.Empty:
                continue
            if event == name and data.get("endpoint") == endpoint:
                return at

    def close(self):
        self.response.close()


class FleetTest(unittest.TestCase):

    def test_every_device_registers_and_is_listed(self):
        expected = {ep(i) for i in range(1, DEVICES + 1)}

        def all_registered():
            return expected <= {c["endpoint"] for c in sb.get_json(f"{REST}/api/clients")}

        sb.poll(all_registered, DEADLINE_S, what="all simulated devices at Leshan")
        listed = control("/devices")
        self.assertEqual({d["endpoint"] for d in listed}, expected)
        for device in listed:
            self.assertEqual(device["protocol"], "lwm2m")
            self.assertIn(device["site"], ("Berlin Adlershof", "Hamburg Port"))
            self.assertIn(device["group"], ("pilot", "production"))
        summary = control("/")
        self.assertEqual(summary["seed"], 7)
        self.assertEqual(summary["devices"], DEVICES)

    def test_firmware_version_read_matches_each_device(self):
        for device in control("/devices"):
            if device["state"] != "running":
                continue  # another test has it rebooting
            version = sb.poll(lambda: read_value(device["endpoint"], "/3/0/3"), DEADLINE_S,
                              what=f"/3/0/3 of {device['endpoint']}")
            self.assertEqual(version, control(f"/devices/{device['endpoint']}")["firmware"])

    def test_custom_config_object_is_known_to_leshan(self):
        specs = sb.get_json(f"{REST}/api/objectspecs/{ep(1)}")
        self.assertIn("FleetDesk Config", {s["name"] for s in specs if s["id"] == 33000})
        self.assertIn(read_value(ep(1), "/33000/0/4"), ("Berlin Adlershof", "Hamburg Port"))


class FirmwareUpdateTest(unittest.TestCase):

    def setUp(self):
        self.device = None

    def tearDown(self):
        if self.device:
            control(f"/devices/{self.device}/faults", "DELETE")

    def test_full_pull_update_over_https(self):
        self.device = ep(2)
        wait_registered(self.device)
        before = control(f"/devices/{self.device}")
        url = publish_image(NEW_VERSION, f"ctest-{MODEL}-{NEW_VERSION}.fdfw")
        write(self.device, "/5/0/1", url)
        sb.poll(lambda: read_value(self.device, "/5/0/3") == 2, DEADLINE_S, what="State 2 (Downloaded)")
        self.assertEqual(read_value(self.device, "/5/0/7"), NEW_VERSION)
        execute(self.device, "/5/0/2")
        sb.poll(lambda: read_value(self.device, "/3/0/3") == NEW_VERSION, DEADLINE_S,
                what=f"{self.device} back with {NEW_VERSION}")
        self.assertEqual(read_value(self.device, "/5/0/5"), 1)
        self.assertEqual(read_value(self.device, "/5/0/3"), 0)
        after = control(f"/devices/{self.device}")
        self.assertEqual(after["installs"], before["installs"] + 1)
        self.assertEqual(after["downloads"], before["downloads"] + 1)

    def test_execute_outside_downloaded_is_refused(self):
        self.device = ep(3)
        wait_registered(self.device)
        status, response = leshan(self.device, "/5/0/2", "POST")
        self.assertEqual(status, 200)
        self.assertFalse(response["success"])
        self.assertEqual(response["status"], "METHOD_NOT_ALLOWED(405)")

    def test_injected_integrity_failure_gives_result_5(self):
        self.device = ep(4)
        wait_registered(self.device)
        control(f"/devices/{self.device}/faults", "POST", {"kind": "integrity"})
        url = publish_image(NEW_VERSION, f"ctest-{MODEL}-{NEW_VERSION}-b.fdfw")
        write(self.device, "/5/0/1", url)
        sb.poll(lambda: read_value(self.device, "/5/0/5") == 5, DEADLINE_S, what="Update Result 5")
        self.assertEqual(read_value(self.device, "/5/0/3"), 0)
        self.assertEqual(control(f"/devices/{self.device}")["installs"], 0)
        self.assertEqual(read_value(self.device, "/3/0/3"), "1.0.0")

    def test_power_loss_while_updating_keeps_old_firmware_with_result_8(self):
        self.device = ep(5)
        wait_registered(self.device)
        control(f"/devices/{self.device}/faults", "POST", {"kind": "power_loss"})
        write(self.device, "/5/0/1", publish_image(NEW_VERSION, f"ctest-{MODEL}-{NEW_VERSION}-c.fdfw"))
        sb.poll(lambda: read_value(self.device, "/5/0/3") == 2, DEADLINE_S, what="State 2 (Downloaded)")
        execute(self.device, "/5/0/2")
        sb.poll(lambda: control(f"/devices/{self.device}")["state"] == "rebooting", DEADLINE_S, interval_s=0.05,
                what="power loss")
        sb.poll(lambda: read_value(self.device, "/5/0/5") == 8, DEADLINE_S, what="back with Update Result 8")
        self.assertEqual(read_value(self.device, "/3/0/3"), "1.0.0")
        self.assertEqual(read_value(self.device, "/5/0/3"), 0)
        self.assertEqual(control(f"/devices/{self.device}")["installs"], 0)


class PowerTest(unittest.TestCase):

    def test_reboot_deregisters_then_registers(self):
        device = ep(6)
        wait_registered(device)
        events = EventStream()
        try:
            execute(device, "/3/0/4")
            gone = events.wait_for("DEREGISTRATION", device)
            back = events.wait_for("REGISTRATION", device)
            self.assertGreater(back, gone)
        finally:
            events.close()
        wait_registered(device)

    def test_disable_keeps_the_device_away_for_the_disable_timeout(self):
        device = ep(7)
        wait_registered(device)
        timeout_sim_s = 20  # time scale 5: 4 real seconds
        write(device, "/1/0/5", timeout_sim_s)
        events = EventStream()
        try:
            execute(device, "/1/0/4")
            gone = events.wait_for("DEREGISTRATION", device)
            self.assertEqual(control(f"/devices/{device}")["state"], "disabled")
            back = events.wait_for("REGISTRATION", device)
            self.assertGreaterEqual(back - gone, timeout_sim_s / 5 * 0.9)
        finally:
            events.close()
        wait_registered(device)

    def test_control_channel_switches_a_device_off_and_on(self):
        device = ep(8)
        wait_registered(device)
        answer = control(f"/devices/{device}", "PUT", {"online": False, "battery": 42})
        self.assertEqual(answer["battery"], 42)
        sb.poll(lambda: control(f"/devices/{device}")["state"] == "offline", 10, what="offline")
        control(f"/devices/{device}", "PUT", {"online": True})
        wait_registered(device)
        self.assertEqual(read_value(device, "/3/0/9"), 42)

    def test_fleet_fault_share_is_deterministic(self):
        first = control("/faults", "POST", {"kind": "clock_skew", "share": 0.5, "seed": 3})
        try:
            self.assertEqual(len(first["devices"]), round(DEVICES / 2))
            second = control("/faults", "POST", {"kind": "clock_skew", "share": 0.5, "seed": 3})
            self.assertEqual(first["devices"], second["devices"])
        finally:
            for endpoint in first["devices"]:
                control(f"/devices/{endpoint}/faults", "DELETE")


if __name__ == "__main__":
    unittest.main()
