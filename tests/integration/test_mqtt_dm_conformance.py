#!/usr/bin/env python3
"""Conformance of FleetDesk's MQTT device management (docs/mqtt-dm-convention.md) against the real
sandbox mosquitto: a "device" scripted with mosquitto_sub/mosquitto_pub only (mqtt_dm_device.py) is
driven by fleetdesk-cli through reboot, configuration (including a stale version) and a firmware
update, over MQTT 5 (response topic + correlation data) and 3.1.1 (the request-id fallback); `mqtt
devices` shows it and puts it in the fleet cache, `bulk reboot` reaches it there; every change is in
the audit log and the device journal. Bad devices: one that answers garbage, one that never answers
(timeout), one that is offline (nothing is sent).

Env: FLEETDESK_SANDBOX_JSON, FLEETDESK_CLI. Runs inside tests/with-keyring (CTest via tests/run).
"""
import json
import os
import sqlite3
import sys
import tempfile
import time
import unittest
import uuid
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox_support as sb  # noqa: E402
from mqtt_cli_support import CLI, cli  # noqa: E402
from mqtt_dm_device import ScriptedDevice  # noqa: E402


class MqttDeviceManagementConformance(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isfile(CLI):
            raise RuntimeError("FLEETDESK_CLI must name the built fleetdesk-cli")
        cls.sandbox = sb.load_sandbox_json()
        mqtt = cls.sandbox["mqtt"]
        cls.conn_args = sb.mqtt_args(cls.sandbox, "plain")
        cls.tmp = tempfile.TemporaryDirectory()
        cls.addClassCleanup(cls.tmp.cleanup)
        cls.profiles = os.path.join(cls.tmp.name, "profiles.json")
        cls.db = os.path.join(cls.tmp.name, "fleet.db")
        password = Path(mqtt["admin"]["password_file"]).read_text()
        for name, version in (("dm-v5", "5"), ("dm-v311", "3.1.1")):
            run = cli("--profiles", cls.profiles, "--json", "profiles", "add", name, "--kind", "mqtt",
                      "--url", mqtt["plain"], "--username", mqtt["admin"]["username"], "--mqtt-version",
                      version, "--password-stdin", stdin=password)
            assert run.returncode == 0, run.stdout + run.stderr

    def device(self, behaviour="ok", mqtt5=True):
        device_id = f"conf-{behaviour}-{uuid.uuid4().hex[:8]}"
        d = ScriptedDevice(self.conn_args, device_id, mqtt5=mqtt5, behaviour=behaviour)
        d.start()
        self.addCleanup(d.shutdown)
        self.addCleanup(lambda: self.assertEqual(d.errors, [], "the scripted device failed"))
        return d

    def fleetdesk(self, *args, timeout=60):
        run = cli("--profiles", self.profiles, "--db", self.db, "--json", *args, timeout=timeout)
        lines = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
        return run, lines

    def command(self, broker, device, op, *extra, timeout_s=20):
        return self.fleetdesk("--timeout", str(timeout_s), "mqtt", "command", "--broker", broker,
                              "--device", device.id, op, *extra, timeout=timeout_s + 30)

    def audit(self):
        with sqlite3.connect(self.db) as db:
            return [(action, json.loads(params), result) for action, params, result in
                    db.execute("SELECT action, parameters, result FROM audit ORDER BY id")]

    def journal(self, device_id):
        """The device's operation entries (health transitions are journaled too, as kind "health")."""
        with sqlite3.connect(self.db) as db:
            return [message for (message,) in db.execute(
                "SELECT j.message FROM journal j JOIN devices d ON d.id = j.device_id "
                "WHERE d.binding_key = ? AND j.kind <> 'health' ORDER BY j.id", (device_id,))]

    def devices(self, broker):
        run, lines = self.fleetdesk("--timeout", "20", "mqtt", "devices", "--broker", broker)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertTrue(lines[-1]["summary"])
        return {line["device"]: line for line in lines[:-1]}, lines[-1]

    # -- the conformance sequence ----------------------------------------------------------------

    def run_conformance(self, broker, mqtt5):
        d = self.device(mqtt5=mqtt5)

        # Seen, with its identity and health, and put in the fleet cache.
        seen, summary = self.devices(broker)
        self.assertIn(d.id, seen)
        me = seen[d.id]
        self.assertEqual(me["health"], "online")
        self.assertEqual((me["model"], me["serial"], me["firmware"]), ("CONF-1", f"SN-{d.id}", "1.2.0"))
        self.assertEqual((me["site"], me["group"], me["battery"], me["signal_dbm"]),
                         ("Conformance", "scripted", 77, -80))
        self.assertEqual(me["session"], 1)
        self.assertEqual(me["config_version"], 1)
        self.assertTrue(summary["cached"])
        listed = cli("--db", self.db, "--json", "devices", "list", "--filter", d.id)
        cached = [c for c in json.loads(listed.stdout)["devices"] if c["name"] == d.id]
        self.assertEqual(len(cached), 1, listed.stdout)
        self.assertEqual(cached[0]["binding"], {"protocol": "mqtt", "profile": broker, "endpoint": d.id})
        self.assertEqual(cached[0]["health"], "online")
        self.assertEqual(cached[0]["site"], "Conformance")

        # Reboot: answered ok; the device goes offline "reboot" and comes back with session 2.
        run, lines = self.command(broker, d, "reboot")
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertEqual(lines[-1]["status"], "ok")
        op, payload, response_topic, correlation = d.commands[-1]
        self.assertEqual(op, "reboot")
        self.assertEqual(payload["id"], lines[-1]["id"])
        self.assertIsInstance(payload["ts"], int)
        if mqtt5:
            self.assertEqual(response_topic, f"fd/v1/{d.id}/rsp")
            self.assertEqual(correlation, payload["id"])
        else:
            self.assertEqual((response_topic, correlation), ("", ""))
        sb.poll(lambda: self.devices(broker)[0][d.id]["session"] == 2, 20, what="session 2 after the reboot")

        # Configuration: a JSON merge with the current version, then a stale version is refused.
        run, lines = self.command(broker, d, "config", "--args",
                                  json.dumps({"version": 1, "merge": {"report_interval_s": 60}}))
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertEqual(lines[-1]["result"], {"version": 2})
        run, lines = self.command(broker, d, "get-config")
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertEqual(lines[-1]["result"]["config"]["report_interval_s"], 60)
        run, lines = self.command(broker, d, "config", "--args",
                                  json.dumps({"version": 1, "merge": {"mode": "eco"}}))
        self.assertEqual(run.returncode, 1, run.stdout)
        self.assertEqual(lines[-1]["error"]["code"], "conflict")
        self.assertIn("config version is 2, not 1", lines[-1]["error"]["message"])
        self.assertEqual(self.devices(broker)[0][d.id]["config_version"], 2)

        # An op the device does not know: a clear message naming it.
        run, lines = self.command(broker, d, "self-destruct")
        self.assertEqual(run.returncode, 1)
        self.assertEqual(lines[-1]["error"]["code"], "unsupported")
        self.assertIn('"self-destruct"', lines[-1]["error"]["message"])

        # Firmware update, waiting for the final state on the firmware topic.
        args = {"url": "http://127.0.0.1:1/fw.bin", "sha256": "ab" * 32, "size": 1024, "version": "1.3.0"}
        started = time.monotonic()
        run, lines = self.command(broker, d, "firmware-update", "--args", json.dumps(args), "--wait")
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertEqual(lines[-1]["status"], "ok")
        self.assertEqual(lines[-1]["firmware"]["state"], 0)
        self.assertEqual(lines[-1]["firmware"]["result"], 1)
        self.assertEqual(lines[-1]["firmware"]["request_id"], lines[-1]["id"])
        self.assertIn("accepted the firmware update", run.stderr)
        self.assertLess(time.monotonic() - started, 40)
        after = self.devices(broker)[0][d.id]
        self.assertEqual((after["firmware"], after["health"], after["session"]), ("1.3.0", "online", 3))

        # A tampered image: the final state says integrity check failed.
        bad = dict(args, sha256="0" * 64, version="1.4.0")
        run, lines = self.command(broker, d, "firmware-update", "--args", json.dumps(bad), "--wait")
        self.assertEqual(run.returncode, 1, run.stdout)
        self.assertIn("integrity check failed", lines[-1]["error"]["message"])

        # Bulk reboot through the fleet cache, like LwM2M devices.
        run, lines = self.fleetdesk("--timeout", "20", "bulk", "reboot", "--query", d.id, "--yes", timeout=60)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertEqual(lines[0]["outcome"], "succeeded")
        self.assertEqual(lines[-1]["succeeded"], 1)
        self.assertEqual([c[0] for c in d.commands].count("reboot"), 2)

        # Every change is audited (get-config is not) and in the device's journal.
        mine = [a for a in self.audit() if a[1].get("device") == d.id]
        self.assertEqual([a[0] for a in mine],
                         ["mqtt-reboot", "mqtt-config", "mqtt-config", "mqtt-self-destruct",
                          "mqtt-firmware-update", "mqtt-firmware-update"])
        self.assertEqual(mine[0][1]["topic"], f"fd/v1/{d.id}/cmd/reboot")
        self.assertEqual(mine[0][2], "ok")
        self.assertTrue(mine[2][2].startswith("error: conflict"), mine[2][2])
        bulk = [a for a in self.audit() if a[0] == "reboot"]
        self.assertEqual(bulk[-1][2], "1 succeeded")
        journal = self.journal(d.id)
        self.assertIn("reboot: ok", journal)
        self.assertIn("reboot: succeeded", journal)
        self.assertEqual(len(journal), 7, journal)

    def test_conformance_mqtt5(self):
        self.run_conformance("dm-v5", mqtt5=True)

    def test_conformance_mqtt311_request_id_fallback(self):
        self.run_conformance("dm-v311", mqtt5=False)

    # -- bad devices -------------------------------------------------------------------------------

    def test_garbage_answer(self):
        for broker, mqtt5 in (("dm-v5", True), ("dm-v311", False)):
            with self.subTest(broker=broker):
                d = self.device(behaviour="garbage", mqtt5=mqtt5)
                run, lines = self.command(broker, d, "reboot")
                self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
                self.assertEqual(lines[-1]["error"],
                                 {"code": "invalid_response",
                                  "message": "the device answered with an invalid response"})

    def test_no_answer_times_out(self):
        d = self.device(behaviour="silent")
        started = time.monotonic()
        run, lines = self.command("dm-v5", d, "reboot", timeout_s=3)
        elapsed = time.monotonic() - started
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertEqual(lines[-1]["error"]["code"], "timeout")
        self.assertIn("no answer within 3 s", lines[-1]["error"]["message"])
        self.assertGreaterEqual(elapsed, 3)
        self.assertLess(elapsed, 20)
        self.assertEqual([c[0] for c in d.commands], ["reboot"])  # it was sent, once

    def test_offline_device_is_not_sent_anything(self):
        # Listening on its command topics, but its status says offline (its retained status is all
        # FleetDesk goes by).
        device_id = f"conf-offline-{uuid.uuid4().hex[:8]}"
        d = ScriptedDevice(self.conn_args, device_id)
        d.start(online=False)
        self.addCleanup(d.shutdown)
        seen, _ = self.devices("dm-v5")
        self.assertEqual(seen[d.id]["health"], "offline")
        self.assertEqual(seen[d.id]["offline_reason"], "shutdown")
        run, lines = self.command("dm-v5", d, "reboot")
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertEqual(lines[-1]["error"], {"code": "offline", "message": "offline"})
        # A marker published after the command attempt arrives; a command would have arrived first.
        d.publish(d.topic("cmd/marker"), "{}")
        sb.poll(lambda: any(c[0] == "marker" for c in d.commands), 10, what="the marker")
        self.assertEqual([c[0] for c in d.commands], ["marker"])
        self.assertEqual(self.audit()[-1][2], "failed: offline")


if __name__ == "__main__":
    unittest.main()
