#!/usr/bin/env python3
"""Offline work (docs/offline.md) against the real sandbox: `sync` brings LwM2M and MQTT devices into the
cache; with mosquitto and Leshan stopped `sync` reports both unreachable and `devices list --json` shows
every device stale; `bulk reboot --hold-offline` holds the reboots (`queue list`); after `sandbox start`
`queue run` runs them (succeeded, and in each device's journal); a device whose firmware changed in the
cache meanwhile needs confirmation, and runs with `queue run ID --confirm`.

Runs its OWN sandbox ($FLEETDESK_OFFLINE_QUEUE_DIR, emptied first): it stops and starts services and
reboots devices. Env: FLEETDESK_CLI. Runs inside tests/with-keyring.
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

LWM2M_DEVICES = 2
MQTT_DEVICES = 2


class OfflineQueue(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isfile(CLI):
            raise RuntimeError("FLEETDESK_CLI must name fleetdesk-cli")
        cls.dir = Path(os.environ.get("FLEETDESK_OFFLINE_QUEUE_DIR") or tempfile.mkdtemp(prefix="fd-offline-"))
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
            raise unittest.SkipTest(f"the simulator runs no MQTT devices: {desc['sim']}")
        cls.mqtt_prefix = desc["sim"].get("mqtt_device_prefix", "sim-mqtt-")
        cls.leshan = desc["leshan"]["rest"]
        cls.work = tempfile.TemporaryDirectory()
        cls.addClassCleanup(cls.work.cleanup)
        cls.db = os.path.join(cls.work.name, "fleet.db")
        cls.profiles = os.path.join(cls.work.name, "profiles.json")
        mqtt = desc["mqtt"]
        # Own names: the keychain is shared by the tests of a run.
        cls.broker = f"offline-broker-{uuid.uuid4().hex[:8]}"
        cls.server = f"offline-leshan-{uuid.uuid4().hex[:8]}"
        added = cli("--profiles", cls.profiles, "profiles", "add", cls.broker, "--kind", "mqtt", "--url",
                    mqtt["plain"], "--username", mqtt["admin"]["username"], "--mqtt-version", "5",
                    "--password-stdin", stdin=Path(mqtt["admin"]["password_file"]).read_text())
        assert added.returncode == 0, added.stdout + added.stderr
        cls.addClassCleanup(cli, "--profiles", cls.profiles, "profiles", "remove", cls.broker)
        added = cli("--profiles", cls.profiles, "profiles", "add", cls.server, "--kind", "lwm2m", "--url", cls.leshan)
        assert added.returncode == 0, added.stdout + added.stderr
        sb.poll(lambda: len(sb.get_json(cls.leshan + "/api/clients")) == LWM2M_DEVICES, 90, what="LwM2M registered")

    def base(self):
        return ["--db", self.db, "--profiles", self.profiles, "--timeout", "10"]

    def sync(self):
        return cli(*self.base(), "--json", "sync", timeout=120)

    def devices(self):
        run = cli(*self.base(), "--json", "devices", "list")
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        return {d["name"]: d for d in json.loads(run.stdout)["devices"]}

    def queue(self, *args):
        run = cli(*self.base(), "--json", "queue", "list", *args)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        return json.loads(run.stdout)["operations"]

    def mqtt_online(self):
        run = cli(*self.base(), "--json", "--timeout", "20", "mqtt", "devices", "--broker", self.broker, timeout=60)
        if run.returncode != 0:
            return False
        lines = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
        online = [d for d in lines[:-1] if d["device"].startswith(self.mqtt_prefix) and d["health"] == "online"]
        return len(online) == MQTT_DEVICES

    def test_held_offline_then_run_on_reconnect(self):
        # 1. Everything reachable: both kinds of devices land in the cache.
        def synced_all():
            run = self.sync()
            if run.returncode != 0:
                return None
            devices = self.devices()
            lwm2m = [n for n, d in devices.items() if (d["binding"] or {}).get("profile") == self.server]
            mqtt = [n for n, d in devices.items() if n.startswith(self.mqtt_prefix)]
            return devices if len(lwm2m) == LWM2M_DEVICES and len(mqtt) == MQTT_DEVICES else None
        devices = sb.poll(synced_all, 90, interval_s=2, what="sync brings every device into the cache")
        self.assertFalse(any(d["stale"] for d in devices.values()), devices)
        names = sorted(devices)

        # 2. Both back ends stop: sync says so, the devices are stale.
        for service in ("mosquitto", "leshan"):
            stopped = sb.run_sandbox("stop", service, "--dir", str(self.dir))
            self.assertEqual(stopped.returncode, 0, stopped.stdout + stopped.stderr)
        run = self.sync()
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        summary = json.loads(run.stdout.splitlines()[-1])
        by_profile = {p["profile"]: p for p in summary["profiles"]}
        self.assertFalse(by_profile[self.broker]["ok"])
        self.assertFalse(by_profile[self.server]["ok"])
        self.assertIn("unreachable", run.stdout + run.stderr)
        devices = self.devices()
        for name in names:
            self.assertTrue(devices[name]["stale"], devices[name])
            self.assertIn("unreachable_since", devices[name])
            self.assertIn("state_age_s", devices[name])

        # 3. The reboot is held, with consent; nothing is held without it.
        run = cli(*self.base(), "--json", "bulk", "reboot", "--query", "sim-", "--yes", "--hold-offline", timeout=120)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        lines = [json.loads(line) for line in run.stdout.splitlines()]
        held = [line for line in lines if line.get("outcome") == "held"]
        self.assertEqual(sorted(h["name"] for h in held), names)
        self.assertEqual(lines[-1]["held"], len(names))
        queued = self.queue()
        self.assertEqual(len(queued), len(names))
        self.assertTrue(all(op["state"] == "held" and op["operation"] == "reboot" for op in queued))
        # Still unreachable: queue run leaves them held.
        run = cli(*self.base(), "--json", "queue", "run", timeout=120)
        self.assertNotEqual(run.returncode, 0)
        self.assertEqual(json.loads(run.stdout.splitlines()[-1])["held"], len(names))

        # 4. Meanwhile the firmware of one LwM2M device changes (in the cache, as a sync would).
        changed = next(n for n in names if not n.startswith(self.mqtt_prefix))
        with sqlite3.connect(self.db) as db:
            db.execute("UPDATE devices SET firmware = '9.9.9' WHERE name = ?", (changed,))

        # 5. Back ends back; the devices come back; queue run runs what still holds.
        for service in ("mosquitto", "leshan"):
            started = sb.run_sandbox("start", service, "--dir", str(self.dir))
            self.assertEqual(started.returncode, 0, started.stdout + started.stderr)
        sb.poll(lambda: len(sb.get_json(self.leshan + "/api/clients")) == LWM2M_DEVICES, 120, interval_s=1,
                what="the LwM2M devices registering again")
        sb.poll(self.mqtt_online, 120, interval_s=2, what="the MQTT devices online again")
        run = cli(*self.base(), "--json", "queue", "run", timeout=180)
        self.assertEqual(run.returncode, 3, run.stdout + run.stderr)  # one needs confirmation
        lines = [json.loads(line) for line in run.stdout.splitlines()]
        results = {line["device"]: line for line in lines[:-1]}
        self.assertEqual(results[changed]["state"], "needs_confirmation")
        self.assertIn("9.9.9", results[changed]["result"])
        for name in names:
            if name != changed:
                self.assertEqual(results[name]["state"], "succeeded", results[name])
        self.assertEqual(lines[-1]["succeeded"], len(names) - 1)

        # The reachability is back in the cache: nothing is stale.
        self.assertFalse(any(self.devices()[n]["stale"] for n in names))

        # 6. The operator confirms the one that changed.
        ask = next(op for op in self.queue() if op["state"] == "needs_confirmation")
        refused = cli(*self.base(), "queue", "run", str(ask["id"]))
        self.assertEqual(refused.returncode, 2, refused.stdout + refused.stderr)
        run = cli(*self.base(), "--json", "queue", "run", str(ask["id"]), "--confirm", timeout=120)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertEqual(self.queue(), [])
        finished = {op["device"]: op["state"] for op in self.queue("--all")}
        self.assertEqual(set(finished.values()), {"succeeded"}, finished)

        # 7. The results are in each device's timeline (`devices timeline`), its journal and the audit log.
        for name in names:
            run = cli(*self.base(), "--json", "devices", "timeline", name, "--kind", "operation")
            self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
            entries = json.loads(run.stdout)["entries"]
            self.assertEqual(entries[0]["data"]["outcome"], "held", entries)
            self.assertEqual(entries[-1]["data"]["outcome"], "succeeded", entries)
            self.assertIn("held_operation", entries[-1]["data"])
        with sqlite3.connect(self.db) as db:
            for name in names:
                (device_id,) = db.execute("SELECT id FROM devices WHERE name = ?", (name,)).fetchone()
                rows = db.execute("SELECT kind, message, data FROM journal WHERE device_id = ? ORDER BY t, id",
                                  (device_id,)).fetchall()
                outcomes = [json.loads(data).get("outcome") for kind, _, data in rows if kind == "operation"]
                self.assertIn("held", outcomes, rows)
                self.assertEqual(outcomes[-1], "succeeded", rows)
                self.assertTrue(any(kind == "health" for kind, _, _ in rows), rows)
            audit = db.execute("SELECT action, parameters, result FROM audit").fetchall()
            self.assertTrue(any(json.loads(p).get("held_offline") and "succeeded" in r for _, p, r in audit), audit)


if __name__ == "__main__":
    unittest.main()
