#!/usr/bin/env python3
"""`fleetdesk-cli bulk reboot` of 50 devices against the real Leshan and simulated devices: the per-device results,
the exit code, the audit log and the device journal agree with what the devices did.

Runs its OWN sandbox ($FLEETDESK_SANDBOX_BULK_DIR, emptied first): it reboots devices and takes one
offline, which would disturb tests sharing the fixture sandbox. Env: FLEETDESK_CLI.
"""
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox_support as sb  # noqa: E402

CLI = os.environ.get("FLEETDESK_CLI", "")
DEVICES = 50


def cli(*args, timeout=180):
    import subprocess
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=timeout)


class BulkRebootAgainstSandbox(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isfile(CLI):
            raise RuntimeError("FLEETDESK_CLI must name fleetdesk-cli")
        cls.dir = Path(os.environ.get("FLEETDESK_SANDBOX_BULK_DIR") or tempfile.mkdtemp(prefix="fd-bulk-"))
        if (cls.dir / "state.json").exists():
            sb.run_sandbox("down", "--dir", str(cls.dir))
        shutil.rmtree(cls.dir, ignore_errors=True)
        cls.dir.mkdir(parents=True)
        cls.addClassCleanup(sb.run_sandbox, "down", "--dir", str(cls.dir))
        up = sb.run_sandbox("up", "--dir", str(cls.dir), "--lwm2m-devices", str(DEVICES))
        if up.returncode != 0:
            raise AssertionError(f"sandbox up failed:\n{up.stdout}{up.stderr}")
        desc = json.loads((cls.dir / "sandbox.json").read_text())
        cls.leshan = desc["leshan"]["rest"]
        cls.control = desc["sim"]["control"]
        cls.work = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.work.name, "fleet.db")
        cls.profiles = os.path.join(cls.work.name, "profiles.json")
        added = cli("--profiles", cls.profiles, "profiles", "add", "leshan", "--kind", "lwm2m", "--url", cls.leshan)
        assert added.returncode == 0, added.stderr
        sb.poll(lambda: len(sb.get_json(cls.leshan + "/api/clients")) == DEVICES, 60, what="all registered")
        synced = cli("--db", cls.db, "--profiles", cls.profiles, "sync", "--profile", "leshan", "--duration", "3")
        assert synced.returncode == 0, synced.stderr

    @classmethod
    def tearDownClass(cls):
        cls.work.cleanup()

    def registration_ids(self):
        return {c["endpoint"]: c["registrationId"] for c in sb.get_json(self.leshan + "/api/clients")}

    def test_bulk_reboot_results_match_devices_audit_and_journal(self):
        before = self.registration_ids()
        self.assertEqual(len(before), DEVICES)
        # One device goes offline first (simulator control channel): its reboot must fail.
        offline = f"sim-lwm2m-{DEVICES:04d}"
        sb.http_request(f"{self.control}/devices/{offline}", method="PUT",
                        body=json.dumps({"online": False}).encode(),
                        headers={"Content-Type": "application/json"})
        sb.poll(lambda: offline not in self.registration_ids(), 30, what=f"{offline} deregistered")

        base = ["--db", self.db, "--profiles", self.profiles, "--timeout", "10"]
        refused = cli(*base, "bulk", "reboot", "--query", "sim-lwm2m")
        self.assertEqual(refused.returncode, 2, "without --yes nothing may happen")
        self.assertIn("sim-lwm2m-0001", refused.stderr)

        run = cli(*base, "--json", "bulk", "reboot", "--query", "sim-lwm2m", "--yes")
        self.assertEqual(run.returncode, 3, run.stdout + run.stderr)  # partial success
        lines = [json.loads(line) for line in run.stdout.splitlines()]
        summary = lines[-1]
        results = {r["endpoint"]: r for r in lines[:-1]}
        self.assertEqual(summary["total"], DEVICES)
        self.assertEqual(summary["succeeded"], DEVICES - 1)
        self.assertNotEqual(results[offline]["outcome"], "succeeded")
        self.assertTrue(results[offline]["reason"])

        # Every device reported as rebooted really registered again (a new registration id).
        rebooted = [ep for ep, r in results.items() if r["outcome"] == "succeeded"]
        self.assertEqual(len(rebooted), DEVICES - 1)
        sb.poll(lambda: all(self.registration_ids().get(ep, before[ep]) != before[ep] for ep in rebooted),
                60, what="every rebooted device registered again")

        with sqlite3.connect(self.db) as db:
            audit = db.execute("SELECT action, devices, result, parameters FROM audit").fetchall()
            self.assertEqual(len(audit), 1)
            action, devices, result, parameters = audit[0]
            self.assertEqual(action, "reboot")
            self.assertEqual(len(json.loads(devices)), DEVICES)
            self.assertIn(f"{DEVICES - 1} succeeded", result)
            self.assertEqual(json.loads(parameters)["path"], "/3/0/4")
            journal = db.execute("SELECT message FROM journal WHERE kind = 'operation'").fetchall()
            self.assertEqual(len(journal), DEVICES)
            self.assertEqual(sum("reboot: succeeded" in m for (m,) in journal), DEVICES - 1)


if __name__ == "__main__":
    unittest.main()
