#!/usr/bin/env python3
"""`fleetdesk-cli mqtt sub --duration` across `sandbox restart mosquitto`: the subscriber notices the
loss, reconnects by itself (backoff), subscribes again exactly once, and receives a message published
after the restart exactly once.

Runs its OWN sandbox (it restarts mosquitto): $FLEETDESK_MQTT_RECONNECT_DIR if set (emptied first),
else a temporary directory. Env: FLEETDESK_CLI.
"""
import json
import os
import shutil
import sys
import tempfile
import unittest
import uuid
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox_support as sb  # noqa: E402
from mqtt_cli_support import CLI, NO_DBUS, Subscriber, cli  # noqa: E402


class MqttReconnect(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isfile(CLI):
            raise RuntimeError("FLEETDESK_CLI must name the built fleetdesk-cli")
        configured = os.environ.get("FLEETDESK_MQTT_RECONNECT_DIR")
        if configured:
            cls.dir = Path(configured)
            if (cls.dir / "state.json").exists():
                sb.run_sandbox("down", "--dir", str(cls.dir))
            shutil.rmtree(cls.dir, ignore_errors=True)
            cls.dir.mkdir(parents=True)
        else:
            cls.dir = Path(tempfile.mkdtemp(prefix="fleetdesk-mqtt-reconnect-"))
            cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.addClassCleanup(sb.run_sandbox, "down", "--dir", str(cls.dir))
        result = sb.run_sandbox("up", "--dir", str(cls.dir), "--lwm2m-devices", "0")
        if result.returncode != 0:
            raise AssertionError(f"sandbox up failed:\n{result.stdout}{result.stderr}")
        mqtt = json.loads((cls.dir / "sandbox.json").read_text())["mqtt"]
        cls.plain = mqtt["plain"]
        cls.auth = ("--username", mqtt["admin"]["username"], "--password-stdin")
        cls.password = Path(mqtt["admin"]["password_file"]).read_text()

    def test_restart_reconnects_and_delivers_exactly_once(self):
        topic = f"fleetdesk-test/reconnect/{uuid.uuid4().hex[:8]}"
        sub = Subscriber("--json", "--timeout", "20", "mqtt", "sub", "--broker", self.plain, *self.auth,
                         "--topic", topic + "/#", "--qos", "1", "--duration", "25",
                         stdin=self.password, env=NO_DBUS)
        self.addCleanup(sub.kill)
        sub.wait_for_notice("subscribed to", 20)

        restarted = sb.run_sandbox("restart", "mosquitto", "--dir", str(self.dir), timeout=120)
        self.assertEqual(restarted.returncode, 0, restarted.stdout + restarted.stderr)
        sub.wait_for_notice("was lost", 15)
        sub.wait_for_notice("reconnected", 40)
        sub.wait_for_notice("subscribed to", 15, count=2)

        payload = f"after-restart-{uuid.uuid4().hex[:6]}"
        run = cli("--json", "--timeout", "20", "mqtt", "pub", "--broker", self.plain, *self.auth,
                  "--topic", topic + "/x", "--payload", payload, "--qos", "1", stdin=self.password, env=NO_DBUS)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)

        code, lines = sub.finish(45)
        self.assertEqual(code, 0, sub.err.decode())
        messages = [line for line in lines if not line.get("summary")]
        self.assertEqual([m["payload"] for m in messages], [payload], lines)
        summary = lines[-1]
        self.assertTrue(summary["summary"])
        self.assertEqual(summary["messages"], 1)
        self.assertEqual(summary["reconnects"], 1)
        # One subscription per connection: the first one and exactly one after the reconnect.
        self.assertEqual(sum("subscribed to" in line for line in sub.notices()), 2, sub.notices())


if __name__ == "__main__":
    unittest.main()
