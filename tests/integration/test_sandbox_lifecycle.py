#!/usr/bin/env python3
"""Integration tests of the sandbox script itself: up, restart of single services, status, down.

Runs its OWN sandbox (it restarts services, so it must not share one with other tests), in
$FLEETDESK_SANDBOX_LIFECYCLE_DIR if set (emptied first), else in a fresh temporary directory.

    python3 tests/integration/test_sandbox_lifecycle.py
"""

import json
import os
import secrets
import shutil
import sys
import tempfile
import time
import unittest
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox_support as sb  # noqa: E402

SERVICES = ("mosquitto", "leshan", "bootstrap", "firmware", "sim")
STOP_DEADLINE_S = 30
REGISTRATION_DEADLINE_S = 60
DEVICES = 2


class SandboxLifecycleTest(unittest.TestCase):
    """One sandbox for the whole class; the tests run in name order and each leaves it up."""

    @classmethod
    def setUpClass(cls):
        configured = os.environ.get("FLEETDESK_SANDBOX_LIFECYCLE_DIR")
        if configured:
            cls.dir = Path(configured)
            if (cls.dir / "state.json").exists():
                sb.run_sandbox("down", "--dir", str(cls.dir))
            shutil.rmtree(cls.dir, ignore_errors=True)
            cls.dir.mkdir(parents=True)
        else:
            cls.dir = Path(tempfile.mkdtemp(prefix="fleetdesk-sandbox-lifecycle-"))
            cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.addClassCleanup(sb.run_sandbox, "down", "--dir", str(cls.dir))  # runs before the rmtree
        started = time.monotonic()
        result = sb.run_sandbox("up", "--dir", str(cls.dir), "--lwm2m-devices", str(DEVICES))
        cls.up_seconds = time.monotonic() - started
        if result.returncode != 0:
            raise AssertionError(f"sandbox up failed ({result.returncode}):\n{result.stdout}{result.stderr}")

    def description(self):
        return json.loads((self.dir / "sandbox.json").read_text())

    def sandbox(self, *args):
        result = sb.run_sandbox(*args, "--dir", str(self.dir))
        self.assertEqual(result.returncode, 0, f"sandbox {' '.join(args)}:\n{result.stdout}{result.stderr}")
        return result

    def status(self):
        """(exit code, {service: state}); the extra "sim_devices" entry is checked where it matters."""
        result = sb.run_sandbox("status", "--json", "--dir", str(self.dir))
        states = json.loads(result.stdout)
        self.last_sim_devices = states.pop("sim_devices")
        return result.returncode, states

    def test_1_up_reports_every_service_up(self):
        code, states = self.status()
        self.assertEqual(states, {s: "up" for s in SERVICES})
        self.assertEqual(code, 0)
        self.assertEqual(self.last_sim_devices, {"configured": DEVICES, "registered": DEVICES})
        self.assertEqual(set(self.description()["pids"]), set(SERVICES))

    def test_2_up_again_is_a_no_op(self):
        before = self.description()["pids"]
        self.sandbox("up")
        self.assertEqual(self.description()["pids"], before)

    def test_3_restart_mosquitto_keeps_its_ports_and_answers(self):
        before = self.description()
        topic = f"fleetdesk/it/restart/{secrets.token_hex(4)}"
        self.sandbox("restart", "mosquitto")
        after = self.description()
        for listener in ("plain", "tls", "psk"):
            self.assertEqual(after["mqtt"][listener], before["mqtt"][listener])
        self.assertNotEqual(after["pids"]["mosquitto"], before["pids"]["mosquitto"])
        self.assertFalse(sb.pid_running(before["pids"]["mosquitto"]))
        for listener in ("plain", "tls", "psk"):
            received = sb.mqtt_round_trip(sb.mqtt_args(after, listener), f"{topic}/{listener}", "again")
            self.assertEqual(received, [f"{topic}/{listener} again"])

    def test_4_restart_leshan_keeps_its_ports_and_devices_come_back(self):
        before = self.description()
        self.sandbox("restart", "leshan")
        after = self.description()
        self.assertEqual(after["leshan"], before["leshan"])
        self.assertNotEqual(after["pids"]["leshan"], before["pids"]["leshan"])
        self.assertIsInstance(sb.get_json(f"{after['leshan']['rest']}/api/clients"), list)
        expected = {f"sim-lwm2m-{i:04d}" for i in range(1, DEVICES + 1)}

        def registered_again():
            return expected <= {c["endpoint"] for c in sb.get_json(f"{after['leshan']['rest']}/api/clients")}

        sb.poll(registered_again, REGISTRATION_DEADLINE_S, what="simulated devices registered at the new Leshan")

    def test_5_stop_and_start_a_service(self):
        self.sandbox("stop", "firmware")
        code, states = self.status()
        self.assertEqual(states["firmware"], "down")
        self.assertEqual(code, 3)
        self.assertNotIn("firmware", self.description()["pids"])
        self.sandbox("start", "firmware")
        status, _, _ = sb.http_request(self.description()["firmware"]["http"] + "/")
        self.assertEqual(status, 200)

    def test_6_down_leaves_no_process_and_is_idempotent(self):
        before = self.description()
        pids = before["pids"]
        self.assertEqual(set(pids), set(SERVICES))
        self.sandbox("down")
        sb.poll(lambda: not any(sb.pid_running(p) for p in pids.values()), STOP_DEADLINE_S,
                what=f"sandbox processes {pids} gone")
        code, states = self.status()
        self.assertEqual(states, {s: "down" for s in SERVICES})
        self.assertEqual(code, 3)
        self.assertEqual(self.description()["pids"], {})
        self.sandbox("down")  # again: fine
        self.sandbox("up")  # and it comes back on the same ports
        after = self.description()
        for section in ("mqtt", "leshan", "bootstrap", "firmware"):
            self.assertEqual(after[section], before[section])


if __name__ == "__main__":
    unittest.main(verbosity=2)
