#!/usr/bin/env python3
"""`fleetdesk-cli sync --duration` follows its LwM2M server across a Leshan restart: the event stream
drops, reconnects by itself (backoff) and resynchronises, and the devices come back as registered.

Runs its OWN sandbox (it restarts Leshan): $FLEETDESK_LWM2M_RECONNECT_DIR if set (emptied first),
else a temporary directory. Env: FLEETDESK_CLI.
"""
import json
import os
import shutil
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox_support as sb  # noqa: E402
from test_lwm2m_cli import CLI, LineReader, cli  # noqa: E402

DEVICES = 3


class Lwm2mReconnect(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        configured = os.environ.get("FLEETDESK_LWM2M_RECONNECT_DIR")
        if configured:
            cls.dir = Path(configured)
            if (cls.dir / "state.json").exists():
                sb.run_sandbox("down", "--dir", str(cls.dir))
            shutil.rmtree(cls.dir, ignore_errors=True)
            cls.dir.mkdir(parents=True)
        else:
            cls.dir = Path(tempfile.mkdtemp(prefix="fleetdesk-lwm2m-reconnect-"))
            cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.addClassCleanup(sb.run_sandbox, "down", "--dir", str(cls.dir))
        result = sb.run_sandbox("up", "--dir", str(cls.dir), "--lwm2m-devices", str(DEVICES))
        if result.returncode != 0:
            raise AssertionError(f"sandbox up failed:\n{result.stdout}{result.stderr}")
        cls.description = json.loads((cls.dir / "sandbox.json").read_text())
        cls.profiles = str(cls.dir / "profiles.json")
        added = cli("--profiles", cls.profiles, "profiles", "add", "reconnect", "--kind", "lwm2m",
                    "--url", cls.description["leshan"]["rest"])
        assert added.returncode == 0, added.stderr

    def test_leshan_restart_reconnects_and_resyncs(self):
        self.assertTrue(os.path.isfile(CLI))
        db = str(self.dir / "fleet.db")
        follower = LineReader("--profiles", self.profiles, "--db", db, "--json", "sync", "--duration", "150")
        try:
            first = follower.wait_for(lambda e: e.get("event") == "synchronised", 30, "first synchronisation")
            self.assertEqual(first["registered"], DEVICES)
            restarted = sb.run_sandbox("restart", "leshan", "--dir", str(self.dir))
            self.assertEqual(restarted.returncode, 0, restarted.stdout + restarted.stderr)
            follower.wait_for(lambda e: e.get("event") == "disconnected", 30, "the dropped event stream")
            follower.wait_for(lambda e: e.get("event") == "synchronised", 60, "a resynchronisation")
            # Leshan lost its registrations; the devices register again (within their 30 s lifetime
            # plus retries) and the reconnected stream sees each of them.
            back = set()
            while len(back) < DEVICES:
                e = follower.wait_for(lambda e: e.get("event") in ("registered", "synchronised"), 90,
                                      "the devices registering again")
                if e.get("event") == "registered":
                    back.add(e["endpoint"])
                elif e.get("registered") == DEVICES:
                    break
        finally:
            follower.proc.terminate()
            follower.finish()
        devices = json.loads(cli("--profiles", self.profiles, "--db", db, "--json", "devices", "list").stdout)
        self.assertEqual(devices["count"], DEVICES)


if __name__ == "__main__":
    unittest.main()
