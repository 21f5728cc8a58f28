#!/usr/bin/env python3
"""Firmware update campaigns (docs/campaign.md, docs/campaign-engine.md) run by `fleetdesk-cli campaign`
against the real sandbox: the Leshan server with simulated LwM2M devices and mosquitto with simulated MQTT
devices (tests/sim/scenarios/campaign.json: LT-500 on batteries, install 20 s and reboot 10 s simulated at
time scale 10). Images are signed with the sandbox key and imported into the firmware library; devices
download them from FleetDesk's own firmware server (`campaign create --serve`).

  - 200 devices over both protocols in waves reach 100 %; every device reports the new version and the
    simulator counted exactly one more install on each;
  - integrity faults in 30 % of the devices with a 10 % error threshold: the campaign pauses itself with
    at most one wave in flight; a failing canary with on_error abort stops everything;
  - low battery and busy devices are skipped with their reason, also when they turn so after creation;
  - the maintenance window with an injected clock (`campaign run --clock`); group order by tags;
  - power loss while updating: back on the old version, failed with the device's result 8;
  - kill -9 of `campaign run` at 20 moments drawn from a printed seed: at the end every device has one
    more install or is failed/skipped with its reason.

Runs its OWN sandbox ($FLEETDESK_CAMPAIGN_DIR, emptied first): it injects faults and updates firmware.
Env: FLEETDESK_CLI. Runs inside tests/with-keyring.
"""
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "sim"))
import fdfw  # noqa: E402
import sandbox_support as sb  # noqa: E402
from mqtt_cli_support import CLI  # noqa: E402

LWM2M_DEVICES = int(os.environ.get("FLEETDESK_CAMPAIGN_LWM2M", "100"))
MQTT_DEVICES = int(os.environ.get("FLEETDESK_CAMPAIGN_MQTT", "100"))
SCENARIO = HERE.parent / "sim" / "scenarios" / "campaign.json"
MODEL = "LT-500"


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class CampaignCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isfile(CLI):
            raise RuntimeError("FLEETDESK_CLI must name fleetdesk-cli")
        cls.dir = Path(os.environ.get("FLEETDESK_CAMPAIGN_DIR") or tempfile.mkdtemp(prefix="fd-campaign-"))
        if (cls.dir / "state.json").exists():
            sb.run_sandbox("down", "--dir", str(cls.dir))
        shutil.rmtree(cls.dir, ignore_errors=True)
        cls.dir.mkdir(parents=True)
        cls.addClassCleanup(sb.run_sandbox, "down", "--dir", str(cls.dir))
        up = sb.run_sandbox("up", "--dir", str(cls.dir), "--scenario", str(SCENARIO),
                            "--lwm2m-devices", str(LWM2M_DEVICES), "--mqtt-devices", str(MQTT_DEVICES))
        if up.returncode != 0:
            raise AssertionError(f"sandbox up failed:\n{up.stdout}{up.stderr}")
        cls.desc = json.loads((cls.dir / "sandbox.json").read_text())
        cls.control = cls.desc["sim"]["control"]
        cls.work = tempfile.TemporaryDirectory()
        cls.addClassCleanup(cls.work.cleanup)
        cls.db = os.path.join(cls.work.name, "fleet.db")
        cls.profiles = os.path.join(cls.work.name, "profiles.json")
        # Own profile names: the keychain is shared by the tests of a run.
        suffix = uuid.uuid4().hex[:8]
        mqtt = cls.desc["mqtt"]
        cls.broker = f"campaign-broker-{suffix}"
        cls.server = f"campaign-leshan-{suffix}"
        cls.ok(cls.cli_run("profiles", "add", cls.broker, "--kind", "mqtt", "--url", mqtt["plain"],
                           "--username", mqtt["admin"]["username"], "--mqtt-version", "5",
                           "--password-stdin", stdin=Path(mqtt["admin"]["password_file"]).read_text()))
        cls.ok(cls.cli_run("profiles", "add", cls.server, "--kind", "lwm2m", "--url",
                           cls.desc["leshan"]["rest"]))
        cls.ok(cls.cli_run("sync", "--duration", "3", timeout=120))
        cls.ok(cls.cli_run("firmware", "key", MODEL, "--public-key",
                           cls.desc["firmware"]["signing_public_key"], "--require-signed"))
        cls.images = {}

    def tearDown(self):
        # A test that failed half-way must not hold its devices for the next ones ("in another campaign").
        listed = self.cli_run("campaign", "list", "--json")
        if listed.returncode == 0:
            for c in json.loads(listed.stdout)["campaigns"]:
                if c["state"] not in ("completed", "aborted"):
                    self.cli_run("campaign", "abort", str(c["id"]))

    # --- helpers -------------------------------------------------------------------------------------

    @classmethod
    def cli_run(cls, *args, stdin=None, timeout=120):
        return subprocess.run([CLI, "--db", cls.db, "--profiles", cls.profiles, *args], input=stdin,
                              capture_output=True, text=True, timeout=timeout)

    @staticmethod
    def ok(result):
        if result.returncode != 0:
            raise AssertionError(f"{result.args} exited {result.returncode}:\n{result.stdout}{result.stderr}")
        return result

    def image(self, version):
        """A signed image of that version in the firmware library."""
        if version not in self.images:
            key = self.desc["firmware"]["signing_key_file"]
            data = fdfw.build(MODEL, version, fdfw.demo_payload(MODEL, version, 24 * 1024), key)
            path = Path(self.work.name) / f"{MODEL}-{version}.fdfw"
            path.write_bytes(data)
            self.ok(self.cli_run("firmware", "import", str(path)))
            self.images[version] = path
        return self.images[version]

    def devices(self, protocol="all"):
        return sb.get_json(f"{self.control}/devices?protocol={protocol}")

    def device(self, endpoint):
        return sb.get_json(f"{self.control}/devices/{endpoint}")

    def fault(self, endpoint, kind):
        sb.http_request(f"{self.control}/devices/{endpoint}/faults", method="POST",
                        body=json.dumps({"kind": kind}).encode(), headers={"Content-Type": "application/json"})

    def clear_faults(self):
        sb.http_request(f"{self.control}/faults", method="DELETE")

    def set_device(self, endpoint, **values):
        sb.http_request(f"{self.control}/devices/{endpoint}", method="PUT", body=json.dumps(values).encode(),
                        headers={"Content-Type": "application/json"})

    def reported_battery(self, device_id):
        """The battery in an MQTT device's retained attributes on the broker (None when not there)."""
        out = subprocess.run(["mosquitto_sub", *sb.mqtt_args(self.desc, "plain"), "-C", "1", "-W", "5",
                              "-t", f"fd/v1/{device_id}/attributes"], capture_output=True, text=True)
        try:
            return json.loads(out.stdout.strip().splitlines()[-1]).get("battery")
        except (ValueError, IndexError):
            return None

    def create(self, doc, expect_ok=True, sync=False):
        """campaign create; the cache was synchronised in setUpClass, and what devices report now is
        asked by create itself, so only the first test synchronises again (a sync right after a mass
        reboot waits for the identity reads of re-registering devices)."""
        path = Path(self.work.name) / f"campaign-{uuid.uuid4().hex[:6]}.json"
        path.write_text(json.dumps(doc))
        port = free_port()
        result = self.cli_run("campaign", "create", str(path), "--serve", f"127.0.0.1:{port}", "--json",
                              *([] if sync else ["--no-sync"]), timeout=180)
        body = json.loads(result.stdout.strip().splitlines()[-1])
        if expect_ok:
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertIn("id", body, body)
        return body

    def run_campaign(self, cid, *extra, timeout=600):
        return self.cli_run("campaign", "run", str(cid), "--poll-ms", "250", *extra, timeout=timeout)

    def status(self, cid):
        return json.loads(self.ok(self.cli_run("campaign", "status", str(cid), "--json")).stdout)

    def rows(self, cid):
        with sqlite3.connect(self.db) as db:
            db.row_factory = sqlite3.Row
            return db.execute("SELECT c.*, d.name, d.binding_key AS key FROM campaign_devices c "
                              "JOIN devices d ON d.id = c.device_id WHERE campaign_id = ? ORDER BY position",
                              (cid,)).fetchall()

    def events(self, cid):
        with sqlite3.connect(self.db) as db:
            return db.execute("SELECT e.device_id, d.binding_key, e.state, e.at FROM campaign_events e "
                              "LEFT JOIN devices d ON d.id = e.device_id WHERE campaign_id = ? ORDER BY e.id",
                              (cid,)).fetchall()

    def endpoints(self, n_lwm2m, n_mqtt, start=0):
        lw = [d["endpoint"] for d in self.devices("lwm2m")][start:start + n_lwm2m]
        mq = [d["endpoint"] for d in self.devices("mqtt")][start:start + n_mqtt]
        return lw + mq

    def doc(self, name, version, endpoints, **rollout):
        d = {"version": 1, "name": name, "firmware": {"model": MODEL, "version": version},
             "targets": {"devices": endpoints}, "concurrency": 10, "device_timeout_s": 120, "retries": 0}
        d.update(rollout)
        return d

    # --- tests (in order: each starts from the firmware the previous left) -----------------------------

    def test_1_two_hundred_devices_both_protocols(self):
        self.image("1.1.0")
        before = {d["endpoint"]: d["installs"] for d in self.devices()}
        eps = sorted(before)
        body = self.create(self.doc("all to 1.1.0", "1.1.0", eps, concurrency=25,
                                    waves=[{"size": {"count": 5}}, {"size": {"percent": 25}}],
                                    success_threshold={"percent": 100}, error_threshold={"count": 0}),
                           sync=True)
        self.assertEqual(body["eligible"], len(eps), body)
        self.assertEqual(body["waves"], [5, 50, len(eps) - 55])  # 25 % of all eligible, rounded up
        started = time.monotonic()
        result = self.run_campaign(body["id"], timeout=900)
        print(f"campaign of {len(eps)} devices: {time.monotonic() - started:.1f} s", file=sys.stderr)
        self.assertEqual(result.returncode, 0, result.stdout[-3000:] + result.stderr[-3000:])
        status = self.status(body["id"])
        self.assertEqual(status["state"], "completed")
        self.assertEqual(status["counts"]["succeeded"], len(eps))
        self.assertEqual(status["percent_done"], 100)
        for d in self.devices():
            self.assertEqual(d["firmware"], "1.1.0", d)
            self.assertEqual(d["installs"], before[d["endpoint"]] + 1, d)
        # Waves ran one after the other: no device of a wave started before the previous wave ended.
        rows = {r["device_id"]: r for r in self.rows(body["id"])}
        ends = {}
        for device_id, _, state, at in self.events(body["id"]):
            if device_id and state == "succeeded":
                w = rows[device_id]["wave"]
                ends[w] = max(ends.get(w, 0), at)
        for device_id, _, state, at in self.events(body["id"]):
            if device_id and state == "downloading" and rows[device_id]["wave"] > 0:
                self.assertGreaterEqual(at, ends[rows[device_id]["wave"] - 1])
        # The report.
        csv_path = Path(self.work.name) / "report.csv"
        report = self.cli_run("campaign", "report", str(body["id"]), "--csv", str(csv_path))
        self.assertEqual(report.returncode, 0, report.stdout + report.stderr)
        self.assertEqual(len(csv_path.read_text().strip().splitlines()), len(eps) + 1)

    def test_2_error_threshold_pauses_with_one_wave_in_flight(self):
        self.image("1.2.0")
        eps = self.endpoints(15, 15)
        rng = random.Random(30)
        faulty = rng.sample(eps, 9)  # 30 %
        for ep in faulty:
            self.fault(ep, "integrity")
        try:
            body = self.create(self.doc("30 % failures", "1.2.0", eps, concurrency=4,
                                        waves=[{"size": {"count": 10}}, {"size": {"count": 10}}],
                                        error_threshold={"percent": 10}, success_threshold={"percent": 0}))
            result = self.run_campaign(body["id"])
            self.assertEqual(result.returncode, 3, result.stdout + result.stderr)
            self.assertIn("stopped itself", result.stderr)
            status = self.status(body["id"])
            self.assertEqual(status["state"], "paused", status)
            self.assertTrue(status["reason"].startswith("auto:"), status)
            self.assertEqual(status["in_flight"], 0)
            started_waves = {r["wave"] for r in self.rows(body["id"]) if r["state"] != "pending"}
            self.assertEqual(len(started_waves), 1, started_waves)
            failed = [r for r in self.rows(body["id"]) if r["state"] == "failed"]
            self.assertTrue(failed)
            for r in failed:
                self.assertEqual(r["result_code"], 5, dict(r))
                self.assertIn(r["key"], faulty)
        finally:
            self.clear_faults()
        # Resume (no runner: applied in the cache) and run on: the rest finishes.
        self.ok(self.cli_run("campaign", "resume", str(body["id"])))
        result = self.run_campaign(body["id"])
        self.assertEqual(result.returncode, 3, result.stdout + result.stderr)  # some failed
        status = self.status(body["id"])
        self.assertEqual(status["state"], "completed", status)
        self.assertEqual(status["counts"]["failed"] + status["counts"]["succeeded"], len(eps), status)

    def test_3_failing_canary_stops_everything(self):
        self.image("1.3.0")
        eps = self.endpoints(5, 5, start=30)
        canary = sorted(eps)[:2]
        for ep in canary:
            self.fault(ep, "integrity")
        try:
            body = self.create(self.doc("canary fails", "1.3.0", eps, waves=[{"size": {"count": 2}}],
                                        on_error="abort"))
            result = self.run_campaign(body["id"])
            self.assertEqual(result.returncode, 3, result.stdout + result.stderr)
        finally:
            self.clear_faults()
        status = self.status(body["id"])
        self.assertEqual(status["state"], "aborted", status)
        self.assertIn("canary", status["reason"])
        rows = self.rows(body["id"])
        self.assertEqual({r["state"] for r in rows if r["wave"] > 0}, {"cancelled"})
        for ep in eps:
            if ep not in canary:
                self.assertNotEqual(self.device(ep)["firmware"], "1.3.0")

    def test_4_low_battery_and_busy_are_skipped(self):
        self.image("1.4.0")
        eps = self.endpoints(4, 4, start=40)
        lw, mq = eps[:4], eps[4:]
        self.set_device(lw[0], battery=12)  # low before creation: the dry run skips it
        try:
            body = self.create(self.doc("battery and busy", "1.4.0", eps,
                                        preconditions={"online": True, "battery_min": 30, "not_busy": True}))
            skipped = {d["name"]: d for d in json.loads(self.ok(self.cli_run(
                "campaign", "dry-run", str(body["id"]), "--json")).stdout)["devices"] if not d["eligible"]}
            self.assertEqual(body["skipped_by_reason"].get("battery_low"), 1, body)
            self.assertEqual(len(skipped), 1)
            # After creation: one more low battery (re-checked right before start) and busy devices.
            # The MQTT device reports its battery in its retained attributes: wait until it has.
            self.set_device(mq[0], battery=11)
            sb.poll(lambda: self.reported_battery(mq[0]) == 11, 30, what=f"{mq[0]} reporting battery 11")
            self.fault(lw[1], "busy")
            self.fault(mq[1], "busy")
            result = self.run_campaign(body["id"])
            self.assertIn(result.returncode, (0, 3), result.stdout + result.stderr)
        finally:
            self.clear_faults()
        rows = {r["key"]: r for r in self.rows(body["id"])}
        self.assertEqual(rows[lw[0]]["state"], "skipped")
        self.assertIn("battery 12 %", rows[lw[0]]["reason"])
        self.assertEqual(rows[mq[0]]["state"], "skipped")
        self.assertIn("battery 11 %", rows[mq[0]]["reason"])
        for ep in (lw[1], mq[1]):
            self.assertEqual(rows[ep]["state"], "skipped", dict(rows[ep]))
            self.assertIn("busy", rows[ep]["reason"])
        for ep in (lw[2], lw[3], mq[2], mq[3]):
            self.assertEqual(rows[ep]["state"], "succeeded", dict(rows[ep]))

    def test_5_window_with_injected_clock(self):
        self.image("1.5.0")
        eps = self.endpoints(2, 2, start=50)
        body = self.create(self.doc("window", "1.5.0", eps,
                                    window={"from": "22:00", "to": "22:05", "tz": "Asia/Tokyo"}))
        # Closed: 12:00 in Tokyo. The runner waits, nothing starts; stopped by SIGTERM.
        proc = subprocess.Popen([CLI, "--db", self.db, "--profiles", self.profiles, "campaign", "run",
                                 str(body["id"]), "--clock", "2026-12-03T03:00:00Z", "--wait"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            sb.poll(lambda: self.status(body["id"])["runner"] is not None, 30, what="the runner's lease")
            lease_seen = time.monotonic()
            # The engine ticks 10 times a second: two seconds of a closed window must start nothing.
            sb.poll(lambda: time.monotonic() - lease_seen > 2, 5, what="two seconds of a closed window")
            self.assertEqual(self.status(body["id"])["counts"]["pending"], len(eps))
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.communicate(timeout=30)
        # 21:59:57 in Tokyo: opens three seconds later.
        t0 = time.time()
        result = self.run_campaign(body["id"], "--clock", "2026-12-03T12:59:57Z")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        first = min(at for dev, _, state, at in self.events(body["id"]) if dev and state == "downloading")
        self.assertGreaterEqual(first / 1000.0, t0 + 2.5)

    def test_6_group_order(self):
        self.image("1.6.0")
        eps = self.endpoints(3, 3, start=60)
        gateways = [eps[0], eps[3]]
        with sqlite3.connect(self.db) as db:
            for ep in eps:
                db.execute("UPDATE devices SET tags = ? WHERE binding_key = ?",
                           (json.dumps(["gateway"] if ep in gateways else ["sensor"]), ep))
        body = self.create(self.doc("order", "1.6.0", eps, concurrency=6,
                                    order=[["gateway"], ["sensor"]]))
        result = self.run_campaign(body["id"])
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        events = self.events(body["id"])
        gateway_done = max(at for _, key, state, at in events if key in gateways and state == "succeeded")
        sensor_start = min(at for _, key, state, at in events if key not in gateways and state == "downloading")
        self.assertGreaterEqual(sensor_start, gateway_done)

    def test_7_power_loss_fails_with_the_devices_result(self):
        self.image("1.7.0")
        eps = self.endpoints(2, 2, start=70)
        victims = [eps[0], eps[2]]
        old = {ep: self.device(ep)["firmware"] for ep in victims}
        for ep in victims:
            self.fault(ep, "power_loss")
        try:
            body = self.create(self.doc("power loss", "1.7.0", eps, error_threshold={"percent": 100}))
            result = self.run_campaign(body["id"])
            self.assertEqual(result.returncode, 3, result.stdout + result.stderr)
        finally:
            self.clear_faults()
        rows = {r["key"]: r for r in self.rows(body["id"])}
        for ep in victims:
            self.assertEqual(rows[ep]["state"], "failed", dict(rows[ep]))
            self.assertEqual(rows[ep]["result_code"], 8, dict(rows[ep]))
            self.assertEqual(rows[ep]["reported_version"], old[ep])
            self.assertEqual(self.device(ep)["firmware"], old[ep])
        for ep in set(eps) - set(victims):
            self.assertEqual(rows[ep]["state"], "succeeded")

    def test_8_kill_9_at_twenty_moments(self):
        self.image("1.8.0")
        eps = self.endpoints(10, 10, start=80)
        before = {ep: self.device(ep)["installs"] for ep in eps}
        body = self.create(self.doc("crash safety", "1.8.0", eps, concurrency=5, retries=1,
                                    error_threshold={"percent": 100}, device_timeout_s=60))
        seed = int(os.environ.get("FLEETDESK_CAMPAIGN_KILL_SEED") or random.SystemRandom().randrange(1 << 30))
        print(f"kill -9 seed {seed} (repeat with FLEETDESK_CAMPAIGN_KILL_SEED={seed})", file=sys.stderr)
        rng = random.Random(seed)
        for i in range(20):
            proc = subprocess.Popen([CLI, "--db", self.db, "--profiles", self.profiles, "campaign", "run",
                                     str(body["id"]), "--poll-ms", "250"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            moment = rng.uniform(0.3, 3.0)
            try:
                proc.wait(timeout=moment)  # the moment of the crash (or the run ended before it)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            self.assertIn(proc.returncode, (0, 3, -signal.SIGKILL), proc.stderr.read())
        result = self.run_campaign(body["id"])
        self.assertIn(result.returncode, (0, 3), result.stdout + result.stderr)
        rows = {r["key"]: r for r in self.rows(body["id"])}
        for ep in eps:
            installs = self.device(ep)["installs"] - before[ep]
            row = rows[ep]
            if row["state"] == "succeeded":
                self.assertEqual(installs, 1, (ep, dict(row)))
            else:
                self.assertIn(row["state"], ("failed", "skipped"), dict(row))
                self.assertTrue(row["reason"], dict(row))
                self.assertLessEqual(installs, 1, (ep, dict(row)))


if __name__ == "__main__":
    unittest.main()
