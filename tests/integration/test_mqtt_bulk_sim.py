#!/usr/bin/env python3
"""`fleetdesk-cli bulk reboot` over simulated MQTT devices (docs/sim.md, docs/mqtt-dm-convention.md) and
simulated LwM2M devices in one selection: each device gets its protocol's reboot (MQTT: the convention's
command through the broker; LwM2M: execute /3/0/4 through Leshan), every one succeeds and really reboots
(MQTT: a new session in its birth; LwM2M: a new registration).

Runs its OWN sandbox ($FLEETDESK_SANDBOX_MQTT_BULK_DIR, emptied first): it reboots devices, which would
disturb tests sharing the fixture sandbox. Env: FLEETDESK_CLI. Runs inside tests/with-keyring.
"""
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import unittest
import uuid
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox_support as sb  # noqa: E402
from mqtt_cli_support import CLI, cli  # noqa: E402

MQTT_DEVICES = 3
LWM2M_DEVICES = 2


class MqttBulkAgainstSimulator(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isfile(CLI):
            raise RuntimeError("FLEETDESK_CLI must name fleetdesk-cli")
        cls.dir = Path(os.environ.get("FLEETDESK_SANDBOX_MQTT_BULK_DIR") or tempfile.mkdtemp(prefix="fd-mqtt-bulk-"))
        if (cls.dir / "state.json").exists():
            sb.run_sandbox("down", "--dir", str(cls.dir))
        shutil.rmtree(cls.dir, ignore_errors=True)
        cls.dir.mkdir(parents=True)
        cls.addClassCleanup(sb.run_sandbox, "down", "--dir", str(cls.dir))
        up = sb.run_sandbox("up", "--dir", str(cls.dir), "--lwm2m-devices", str(LWM2M_DEVICES),
                            "--mqtt-devices", str(MQTT_DEVICES))
        if up.returncode != 0:
            raise AssertionError(f"sandbox up failed:\n{up.stdout}{up.stderr}")
        desc = json.loads((cls.dir / "sandbox.json").read_text())
        if desc["sim"].get("mqtt_devices", 0) != MQTT_DEVICES:
            raise unittest.SkipTest(f"the simulator runs no MQTT devices yet: {desc['sim']}")
        cls.prefix = desc["sim"].get("mqtt_device_prefix", "sim-mqtt-")
        cls.leshan = desc["leshan"]["rest"]
        cls.work = tempfile.TemporaryDirectory()
        cls.addClassCleanup(cls.work.cleanup)
        cls.db = os.path.join(cls.work.name, "fleet.db")
        cls.profiles = os.path.join(cls.work.name, "profiles.json")
        mqtt = desc["mqtt"]
        # A name of its own: the keychain is shared by every test of the run (tst_Cli adds and removes
        # a profile "broker" at the same time).
        cls.broker = f"bulk-sim-broker-{uuid.uuid4().hex[:8]}"
        added = cli("--profiles", cls.profiles, "profiles", "add", cls.broker, "--kind", "mqtt", "--url", mqtt["plain"],
                    "--username", mqtt["admin"]["username"], "--mqtt-version", "5", "--password-stdin",
                    stdin=Path(mqtt["admin"]["password_file"]).read_text())
        assert added.returncode == 0, added.stdout + added.stderr
        added = cli("--profiles", cls.profiles, "profiles", "add", "leshan", "--kind", "lwm2m", "--url", cls.leshan)
        assert added.returncode == 0, added.stdout + added.stderr
        sb.poll(lambda: len(sb.get_json(cls.leshan + "/api/clients")) == LWM2M_DEVICES, 90, what="LwM2M registered")
        synced = cli("--db", cls.db, "--profiles", cls.profiles, "sync", "--profile", "leshan", "--duration", "3")
        assert synced.returncode == 0, synced.stdout + synced.stderr

    def mqtt_devices(self):
        run = cli("--db", self.db, "--profiles", self.profiles, "--json", "--timeout", "20", "mqtt", "devices",
                  "--broker", self.broker, timeout=60)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        lines = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
        return {d["device"]: d for d in lines[:-1] if d["device"].startswith(self.prefix)}

    def registration_ids(self):
        return {c["endpoint"]: c["registrationId"] for c in sb.get_json(self.leshan + "/api/clients")}

    def test_bulk_reboot_of_mqtt_and_lwm2m_devices(self):
        online = sb.poll(lambda: (lambda d: d if len(d) == MQTT_DEVICES and all(
            x["health"] == "online" for x in d.values()) else None)(self.mqtt_devices()), 90,
            what="every simulated MQTT device online")
        sessions = {i: d["session"] for i, d in online.items()}
        registrations = self.registration_ids()

        run = cli("--db", self.db, "--profiles", self.profiles, "--json", "--timeout", "20", "bulk", "reboot",
                  "--query", "sim-", "--yes", timeout=120)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        lines = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
        results = {line["endpoint"]: line["outcome"] for line in lines[:-1]}
        self.assertEqual(len(results), MQTT_DEVICES + LWM2M_DEVICES, results)
        self.assertEqual(set(results.values()), {"succeeded"}, results)
        self.assertEqual(lines[-1]["succeeded"], MQTT_DEVICES + LWM2M_DEVICES)

        # They really rebooted: the MQTT devices come back with a new session, LwM2M ones re-register.
        sb.poll(lambda: all(d["health"] == "online" and d["session"] > sessions[i]
                            for i, d in self.mqtt_devices().items()), 90, what="MQTT devices back with a new session")
        sb.poll(lambda: (lambda now: len(now) == LWM2M_DEVICES and all(
            now[e] != r for e, r in registrations.items() if e in now))(self.registration_ids()), 90,
            what="LwM2M devices registered again")

        # One audit entry for the run, one journal entry per device.
        with sqlite3.connect(self.db) as db:
            audit = db.execute("SELECT action, result, parameters FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            self.assertEqual(audit[0], "reboot")
            self.assertEqual(audit[1], f"{MQTT_DEVICES + LWM2M_DEVICES} succeeded")
            self.assertEqual(json.loads(audit[2]).get("mqtt_command"), "reboot")
            journal = db.execute("SELECT count(*) FROM journal WHERE message = 'reboot: succeeded'").fetchone()[0]
            self.assertEqual(journal, MQTT_DEVICES + LWM2M_DEVICES)


if __name__ == "__main__":
    unittest.main()
