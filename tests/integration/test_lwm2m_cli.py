#!/usr/bin/env python3
"""fleetdesk-cli lwm2m … and sync against the real sandbox (Leshan 2.0.0-M4 + the simulator).

Env: FLEETDESK_SANDBOX_JSON, FLEETDESK_CLI. Every wait polls against a deadline.
"""
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sandbox_support import get_json, http_request, load_sandbox_json, poll  # noqa: E402

CLI = os.environ.get("FLEETDESK_CLI", "")


def cli(*args, timeout=120):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=timeout)


class LineReader:
    """A running fleetdesk-cli whose stdout JSON lines are read on a thread."""

    def __init__(self, *args):
        self.proc = subprocess.Popen([CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines = queue.Queue()
        self.seen = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        for line in self.proc.stdout:
            self.lines.put(json.loads(line))

    def wait_for(self, predicate, deadline_s, what):
        end = time.monotonic() + deadline_s
        while time.monotonic() < end:
            try:
                item = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None and self.lines.empty():
                    break
                continue
            self.seen.append(item)
            if predicate(item):
                return item
        raise AssertionError(f"{what} not seen within {deadline_s} s; saw {self.seen[-10:]!r}; "
                             f"stderr {self.proc.stderr.read() if self.proc.poll() is not None else ''}")

    def finish(self, timeout=120):
        self.proc.wait(timeout=timeout)
        self.proc.stderr.close()
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return self.proc.returncode


class Lwm2mCliAgainstSandbox(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isfile(CLI):
            raise RuntimeError("FLEETDESK_CLI must name fleetdesk-cli")
        cls.sandbox = load_sandbox_json()
        cls.leshan = cls.sandbox["leshan"]["rest"]
        cls.control = cls.sandbox["sim"]["control"]
        cls.count = cls.sandbox["sim"]["lwm2m_devices"]
        cls.prefix = cls.sandbox["sim"]["lwm2m_endpoint_prefix"]
        cls.endpoints = [f"{cls.prefix}{i:04d}" for i in range(1, cls.count + 1)]
        cls.tmp = tempfile.TemporaryDirectory()
        cls.profiles = os.path.join(cls.tmp.name, "profiles.json")
        added = cli("--profiles", cls.profiles, "profiles", "add", "lwm2m-test", "--kind", "lwm2m",
                    "--url", cls.leshan)
        assert added.returncode == 0, added.stderr
        # Every simulated device registered (an earlier test may have rebooted one).
        poll(lambda: len(get_json(cls.leshan + "/api/clients")) == cls.count, 60, what="all devices registered")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def lwm2m(self, *args):
        run = cli("--json", "lwm2m", *args[:1], "--server", self.leshan, *args[1:])
        return run, (json.loads(run.stdout.splitlines()[-1]) if run.stdout.strip() else None)

    def wait_registered(self, ep, deadline_s=60):
        return poll(lambda: any(c["endpoint"] == ep for c in get_json(self.leshan + "/api/clients")),
                    deadline_s, what=f"{ep} registered")

    def test_clients_lists_every_simulated_device(self):
        run, doc = self.lwm2m("clients")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(sorted(c["endpoint"] for c in doc["clients"]), self.endpoints)
        self.assertEqual(doc["count"], self.count)

    def test_read_firmware_of_every_device(self):
        for ep in self.endpoints:
            with self.subTest(ep=ep):
                expected = get_json(f"{self.control}/devices/{ep}")["firmware"]
                run, doc = self.lwm2m("read", ep, "/3/0/3")
                self.assertEqual(run.returncode, 0, run.stderr)
                self.assertEqual(doc["value"], expected)

    def test_write_read_round_trip_on_config_object(self):
        ep = self.endpoints[-1]
        cases = [("/33000/0/0", "120", 120), ("/33000/0/1", "22.5", 22.5), ("/33000/0/2", "false", False),
                 ("/33000/0/3", "eco", "eco")]
        try:
            for path, text, expected in cases:
                with self.subTest(path=path):
                    run, doc = self.lwm2m("write", ep, path, text)
                    self.assertEqual(run.returncode, 0, run.stderr)
                    run, doc = self.lwm2m("read", ep, path)
                    self.assertEqual(run.returncode, 0, run.stderr)
                    self.assertEqual(doc["value"], expected)
            # Partial update through the instance, and an out-of-range write in words.
            run, _ = self.lwm2m("write", ep, "/33000/0/3", "maintenance", "--partial")
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertEqual(self.lwm2m("read", ep, "/33000/0/3")[1]["value"], "maintenance")
            run, doc = self.lwm2m("write", ep, "/33000/0/0", "5")
            self.assertEqual(run.returncode, 1)
            self.assertEqual(doc["error"]["code"], "device_error")
        finally:
            self.lwm2m("exec", ep, "/33000/0/6")  # restore defaults

    def test_errors_in_words(self):
        run, doc = self.lwm2m("read", "no-such-device", "/3/0/3")
        self.assertEqual(run.returncode, 1)
        self.assertEqual(doc["error"]["code"], "unknown_endpoint")
        run, doc = self.lwm2m("read-composite", self.endpoints[0], "/3/0/1", "/3/0/2")
        self.assertEqual(doc["error"]["code"], "not_supported")
        run, doc = self.lwm2m("read", self.endpoints[0], "/3/0/77")
        self.assertEqual(doc["error"]["code"], "device_error")

    def test_discover_lists_device_resources(self):
        run, doc = self.lwm2m("discover", self.endpoints[0], "/3")
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("/3/0/4", [link["url"] for link in doc["links"]])

    def test_observe_yields_three_json_lines(self):
        run = cli("--json", "lwm2m", "observe", "--server", self.leshan, self.endpoints[0], "/3303/0/5700",
                  "--count", "3")
        self.assertEqual(run.returncode, 0, run.stderr)
        lines = [json.loads(line) for line in run.stdout.splitlines()]
        self.assertEqual(len(lines), 4, lines)
        for line in lines[:3]:
            self.assertEqual(line["path"], "/3303/0/5700")
            self.assertIsInstance(line["value"], (int, float))
        self.assertEqual(lines[3]["notifications"], 3)

    def test_sync_fills_identity_and_reboot_keeps_the_same_record(self):
        db = os.path.join(self.tmp.name, "sync.db")
        base = ["--profiles", self.profiles, "--db", db, "--json"]
        run = cli(*base, "sync")
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        devices = json.loads(cli(*base, "devices", "list").stdout)["devices"]
        self.assertEqual(sorted(d["name"] for d in devices), self.endpoints)
        for d in devices:
            sim = get_json(f"{self.control}/devices/{d['name']}")
            self.assertEqual((d["model"], d["serial"], d["firmware"]), (sim["model"], sim["serial"], sim["firmware"]))
            self.assertIsNotNone(d["battery"])
            self.assertIsNotNone(d["signal_dbm"])
            self.assertEqual(d["health"], "online")
            self.assertEqual(d["lifecycle"], "active")
            self.assertEqual(d["site"], "")
        ep = self.endpoints[1]
        before = next(d["id"] for d in devices if d["name"] == ep)

        follower = LineReader(*base, "sync", "--duration", "45")
        try:
            follower.wait_for(lambda e: e.get("event") == "synchronised", 30, "first synchronisation")
            run, doc = self.lwm2m("exec", ep, "/3/0/4")
            self.assertEqual(run.returncode, 0, run.stderr)
            dereg = follower.wait_for(lambda e: e.get("event") == "deregistered" and e["endpoint"] == ep, 30,
                                      "DEREGISTRATION")
            reg = follower.wait_for(lambda e: e.get("event") == "registered" and e["endpoint"] == ep, 40,
                                    "REGISTRATION")
            self.assertEqual(dereg["device_id"], before)
            self.assertEqual(reg["device_id"], before)
        finally:
            follower.proc.terminate()
            follower.finish()
        devices = json.loads(cli(*base, "devices", "list").stdout)["devices"]
        same = [d for d in devices if d["binding"] and d["binding"]["endpoint"] == ep]
        self.assertEqual(len(same), 1)
        self.assertEqual(same[0]["id"], before)
        self.assertEqual(len(devices), self.count)

    def test_observation_survives_a_reboot(self):
        ep = self.endpoints[2]
        self.wait_registered(ep)
        observer = LineReader("--json", "--timeout", "60", "lwm2m", "observe", "--server", self.leshan, ep,
                              "/3303/0/5700", "--duration", "90")
        try:
            observer.wait_for(lambda e: e.get("path") == "/3303/0/5700", 30, "a first notification")
            reg_before = next(c["registrationId"] for c in get_json(self.leshan + "/api/clients")
                              if c["endpoint"] == ep)
            status, _, body = http_request(f"{self.control}/devices/{ep}/reboot", method="POST", body=b"")
            self.assertEqual(status, 202, body)
            poll(lambda: any(c["endpoint"] == ep and c["registrationId"] != reg_before
                             for c in get_json(self.leshan + "/api/clients")), 60, what="re-registration")
            # Leshan forgot the observation on re-registration; FleetDesk re-established it.
            rereg = time.time()
            observer.wait_for(lambda e: e.get("path") == "/3303/0/5700" and
                              _epoch(e["time"]) > rereg + 1, 45, "a notification after the reboot")
        finally:
            observer.proc.terminate()
            observer.finish()


def _epoch(iso):
    from datetime import datetime
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


if __name__ == "__main__":
    unittest.main()
