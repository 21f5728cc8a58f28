#!/usr/bin/env python3
"""The simulator's MQTT devices (docs/sim.md "MQTT devices") against a real mosquitto with dynamic security,
checked only with mosquitto_sub/mosquitto_pub and the JSON Schemas of docs/mqtt-dm-convention.md:

birth, identity, attributes, config and firmware retained and valid; the Last Will of a device switched off
through the control channel; reboot (offline "reboot", then online with session + 1); config merge and
version conflict; a firmware update to a signed image from the sandbox's file server (states 1, 2, 3, the new
firmware_version, result 1); a tampered image (result 5); an unknown op (unsupported); garbage commands do
not kill a device. MQTT 5 devices answer on the request's response topic with its correlation data, 3.1.1
devices on fd/v1/<id>/rsp. Every message seen is validated against its schema.

Runs its OWN sandbox ($FLEETDESK_SIM_MQTT_DIR, emptied first; 0 LwM2M and 4 MQTT devices of the ctest
scenario): it reboots devices, switches them off and updates their firmware.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import uuid
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox_support as sb  # noqa: E402

sys.path.insert(0, str(sb.REPO / "tests" / "sim"))
import fdfw  # noqa: E402

try:
    import jsonschema
except ImportError:  # Debian package python3-jsonschema (installer/install-deps)
    raise SystemExit("sim_mqtt_devices: python3-jsonschema is needed (installer/install-deps installs it)")

SCHEMAS = sb.REPO / "docs" / "schemas"
SCENARIO = sb.REPO / "tests" / "sim" / "scenarios" / "ctest.json"
MQTT_DEVICES = 4
DEADLINE_S = 20
# leaf topic under fd/v1/<id>/ -> schema file
SCHEMA_OF = {"status": "status.json", "identity": "identity.json", "attributes": "attributes.json",
             "telemetry": "telemetry.json", "config": "config.json", "firmware": "firmware.json",
             "rsp": "response.json"}
RETAINED = ("status", "identity", "attributes", "config", "firmware")


def validators():
    result = {}
    for leaf, name in SCHEMA_OF.items():
        schema = json.loads((SCHEMAS / name).read_text())
        jsonschema.Draft202012Validator.check_schema(schema)
        result[leaf] = jsonschema.Draft202012Validator(schema)
    return result


class Monitor:
    """One mosquitto_sub (MQTT 5, retain-as-published, FleetDesk's admin account) on fd/v1/#, read by a
    thread: each message with its retain flag and correlation data; each device message is validated against
    its schema on arrival."""

    def __init__(self, conn_args):
        self.validators = validators()
        self.messages = []  # dicts: topic, id, leaf, retained, correlation, payload (parsed), raw
        self.schema_errors = []
        self.lock = threading.Lock()
        argv = ["stdbuf", "-oL", "mosquitto_sub", *conn_args, "-V", "mqttv5", "-t", "fd/v1/#", "-q", "1",
                "--retain-as-published",
                "-F", "%t\t%r\t%D\t%p"]
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        for line in self.proc.stdout:
            parts = line.rstrip("\n").split("\t", 3)
            if len(parts) != 4 or not parts[0].startswith("fd/v1/"):
                continue
            topic, retained, correlation, raw = parts
            levels = topic.split("/")
            device, leaf = levels[2], "/".join(levels[3:])
            try:
                payload = json.loads(raw)
            except ValueError:
                payload = None
            message = {"topic": topic, "id": device, "leaf": leaf, "retained": retained == "1",
                       "correlation": correlation, "payload": payload, "raw": raw}
            validator = self.validators.get(leaf)
            if validator is not None:  # cmd/<op> (ours) is not validated here
                errors = [e.message for e in validator.iter_errors(payload)] if payload is not None else ["not JSON"]
                if errors:
                    with self.lock:
                        self.schema_errors.append(f"{topic} {raw}: {errors}")
            with self.lock:
                self.messages.append(message)

    def mark(self):
        with self.lock:
            return len(self.messages)

    def since(self, mark):
        with self.lock:
            return list(self.messages[mark:])

    def wait(self, mark, predicate, what, deadline_s=DEADLINE_S):
        """The first message after mark for which predicate holds."""
        def find():
            return next((m for m in self.since(mark) if predicate(m)), None)
        return sb.poll(find, deadline_s, interval_s=0.05, what=what)

    def latest(self, device, leaf):
        with self.lock:
            return next((m for m in reversed(self.messages) if m["id"] == device and m["leaf"] == leaf), None)

    def stop(self):
        self.proc.kill()
        self.proc.wait()


class SimMqttDevices(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = Path(os.environ.get("FLEETDESK_SIM_MQTT_DIR") or tempfile.mkdtemp(prefix="fd-sim-mqtt-"))
        if (cls.dir / "state.json").exists():
            sb.run_sandbox("down", "--dir", str(cls.dir))
        shutil.rmtree(cls.dir, ignore_errors=True)
        cls.dir.mkdir(parents=True)
        cls.addClassCleanup(sb.run_sandbox, "down", "--dir", str(cls.dir))
        started = time.monotonic()
        up = sb.run_sandbox("up", "--dir", str(cls.dir), "--scenario", str(SCENARIO), "--lwm2m-devices", "0",
                            "--mqtt-devices", str(MQTT_DEVICES))
        if up.returncode != 0:
            raise AssertionError(f"sandbox up failed ({up.returncode}):\n{up.stdout}\n{up.stderr}")
        print(f"sandbox up in {time.monotonic() - started:.1f} s", file=sys.stderr)
        cls.sandbox = json.loads((cls.dir / "sandbox.json").read_text())
        cls.control = cls.sandbox["sim"]["control"]
        cls.conn = sb.mqtt_args(cls.sandbox, "plain")[:4] + sb.mqtt_args(cls.sandbox, "plain")[6:]  # no -V
        cls.monitor = Monitor(cls.conn)
        cls.addClassCleanup(cls.monitor.stop)
        devices = sb.get_json(f"{cls.control}/devices?protocol=mqtt")
        cls.ids = [d["endpoint"] for d in devices]
        cls.v5 = [d["endpoint"] for d in devices if d["mqtt"]["version"] == "5"]
        cls.v311 = [d["endpoint"] for d in devices if d["mqtt"]["version"] == "3.1.1"]

    def setUp(self):
        self.assertEqual(len(self.ids), MQTT_DEVICES)
        self.assertTrue(len(self.v5) >= 2 and len(self.v311) >= 2,
                        f"the ctest scenario's seed gives both MQTT versions: {self.v5} / {self.v311}")

    def tearDown(self):
        self.assertEqual(self.monitor.schema_errors, [], "messages that break their schema")

    # --- helpers ---

    def device(self, device_id):
        return sb.get_json(f"{self.control}/devices/{device_id}")

    def command(self, device_id, op, args=None, payload=None):
        """Publish a command (MQTT 5 with response topic + correlation data to a v5 device); return its id."""
        request_id = str(uuid.uuid4())
        body = payload if payload is not None else json.dumps(
            {"id": request_id, "ts": int(time.time() * 1000), **({"args": args} if args is not None else {})})
        argv = ["mosquitto_pub", *self.conn, "-t", f"fd/v1/{device_id}/cmd/{op}", "-q", "1", "-m", body]
        if device_id in self.v5:
            argv += ["-V", "mqttv5", "-D", "publish", "response-topic", f"fd/v1/{device_id}/rsp",
                     "-D", "publish", "correlation-data", request_id]
        result = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=15)
        self.assertEqual(result.returncode, 0, result.stderr)
        return request_id

    def answer(self, mark, device_id, request_id):
        message = self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "rsp"
                                    and (m["payload"] or {}).get("id") == request_id, f"answer to {request_id}")
        if device_id in self.v5:
            self.assertEqual(message["correlation"], request_id, "MQTT 5: correlation data copied")
        return message["payload"]

    def wait_online(self, mark, device_id, what):
        return self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "status"
                                 and m["payload"]["state"] == "online", what)["payload"]

    def current_session(self, device_id):
        return self.monitor.latest(device_id, "status")["payload"].get("session") or 0

    # --- tests ---

    def test_birth_identity_attributes_config_firmware_are_retained_and_valid(self):
        for device_id in self.ids:
            for leaf in RETAINED:
                self.monitor.wait(0, lambda m: m["id"] == device_id and m["leaf"] == leaf and m["retained"],
                                  f"retained {leaf} of {device_id}")
        # A late subscriber gets them from the broker: exactly the five retained topics per device.
        out = subprocess.run(["mosquitto_sub", *self.conn, "-t", "fd/v1/+/+", "--retained-only", "-F", "%t",
                              "-C", str(len(RETAINED) * MQTT_DEVICES), "-W", "10"],
                             stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=20)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(set(out.stdout.split()), {f"fd/v1/{d}/{leaf}" for d in self.ids for leaf in RETAINED})
        for device_id in self.ids:
            identity = self.monitor.latest(device_id, "identity")["payload"]
            sim = self.device(device_id)
            self.assertEqual(identity["firmware_version"], sim["firmware"])
            self.assertEqual(identity["serial"], sim["serial"])
            self.assertEqual(identity["protocol"], "fd/v1")

    def test_last_will_when_a_device_loses_power(self):
        device_id = self.v311[0]
        session = self.current_session(device_id)
        mark = self.monitor.mark()
        sb.http_request(f"{self.control}/devices/{device_id}", method="PUT", body=b'{"online": false}')
        will = self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "status"
                                 and m["payload"]["state"] == "offline", "the Last Will")
        self.assertEqual(will["payload"], {"state": "offline", "reason": "lost"})
        mark = self.monitor.mark()
        sb.http_request(f"{self.control}/devices/{device_id}", method="PUT", body=b'{"online": true}')
        birth = self.wait_online(mark, device_id, "the birth after power on")
        self.assertEqual(birth["session"], session + 1)

    def test_reboot_goes_offline_and_comes_back_with_the_next_session(self):
        for device_id in (self.v5[1], self.v311[1]):
            session = self.current_session(device_id)
            mark = self.monitor.mark()
            request = self.command(device_id, "reboot")
            self.assertEqual(self.answer(mark, device_id, request)["status"], "ok")
            offline = self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "status"
                                        and m["payload"]["state"] == "offline", "status offline")
            self.assertEqual(offline["payload"]["reason"], "reboot")
            self.assertTrue(offline["retained"])
            birth = self.wait_online(mark, device_id, "the birth after the reboot")
            self.assertEqual(birth["session"], session + 1)

    def test_config_merge_and_version_conflict(self):
        device_id = self.v311[1]
        before = self.monitor.latest(device_id, "config")["payload"]
        version = before["version"]
        mark = self.monitor.mark()
        request = self.command(device_id, "config",
                               {"version": version, "merge": {"mode": "eco", "report_interval_s": 10}})
        answer = self.answer(mark, device_id, request)
        self.assertEqual((answer["status"], answer["result"]), ("ok", {"version": version + 1}))
        config = self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "config", "config")
        self.assertEqual(config["payload"]["version"], version + 1)
        self.assertEqual(config["payload"]["config"], {**before["config"], "mode": "eco", "report_interval_s": 10})
        self.assertTrue(config["retained"])
        # the same stale version again: conflict, nothing applied
        request = self.command(device_id, "config", {"version": version, "merge": {"mode": "normal"}})
        answer = self.answer(mark, device_id, request)
        self.assertEqual((answer["status"], answer["code"]), ("error", "conflict"))
        # unknown key and out-of-range value: bad_request; get-config still shows version + 1
        for merge in ({"colour": "red"}, {"report_interval_s": 5}):
            answer = self.answer(mark, device_id, self.command(device_id, "config", {"merge": merge}))
            self.assertEqual((answer["status"], answer["code"]), ("error", "bad_request"), merge)
        answer = self.answer(mark, device_id, self.command(device_id, "get-config"))
        self.assertEqual(answer["result"]["version"], version + 1)
        self.assertEqual(answer["result"]["config"]["mode"], "eco")
        # a 10 s report interval (2 s real at time scale 5): telemetry follows, valid (checked by the monitor)
        telemetry = self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "telemetry", "telemetry")
        self.assertFalse(telemetry["retained"])
        self.assertIsInstance(telemetry["payload"]["temperature"], float)

    def firmware_image(self, name, version, tamper=False):
        """An LT-500 image signed with the sandbox's key in the file server's directory: (url, sha256, size)."""
        key = self.sandbox["firmware"]["signing_key_file"]
        payload = fdfw.demo_payload("LT-500", version, 24 * 1024)
        data = bytearray(fdfw.build("LT-500", version, payload, key))
        if tamper:
            data[-100] ^= 0xFF  # a payload byte: the image's own hash no longer matches
        (Path(self.sandbox["firmware"]["dir"]) / name).write_bytes(bytes(data))
        return f"{self.sandbox['firmware']['https']}/{name}", hashlib.sha256(data).hexdigest(), len(data)

    def update(self, device_id, url, sha256, size, version):
        mark = self.monitor.mark()
        request = self.command(device_id, "firmware-update",
                               {"url": url, "sha256": sha256, "size": size, "version": version})
        self.assertEqual(self.answer(mark, device_id, request)["status"], "accepted")
        return mark, request

    def firmware_states(self, mark, device_id):
        return [m["payload"] for m in self.monitor.since(mark) if m["id"] == device_id and m["leaf"] == "firmware"]

    def test_firmware_update_to_a_signed_image(self):
        device_id = self.v5[0]
        self.assertEqual(self.device(device_id)["model"], "LT-500")
        session = self.current_session(device_id)
        url, sha256, size = self.firmware_image("LT-500-1.1.0-mqtt.fdfw", "1.1.0")
        mark, request = self.update(device_id, url, sha256, size, "1.1.0")
        done = self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "firmware"
                                 and m["payload"]["state"] == 0 and m["payload"]["result"] != 0, "update result",
                                 deadline_s=40)
        self.assertEqual(done["payload"]["result"], 1, self.firmware_states(mark, device_id))
        self.assertEqual(done["payload"]["request_id"], request)
        states = [f["state"] for f in self.firmware_states(mark, device_id)]
        self.assertEqual([s for i, s in enumerate(states) if i == 0 or states[i - 1] != s], [1, 2, 3, 0], states)
        leaves = [(m["leaf"], m["payload"].get("state"), m["payload"].get("reason"), m["payload"].get("result"))
                  for m in self.monitor.since(mark) if m["id"] == device_id and m["leaf"] in ("status", "firmware")]
        offline = leaves.index(("status", "offline", "firmware-update", None))
        online = leaves.index(("status", "online", None, None))
        self.assertLess(leaves.index(("firmware", 3, None, 0)), offline)
        self.assertLess(offline, online)
        self.assertLess(online, leaves.index(("firmware", 0, None, 1)))
        identity = self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "identity", "identity")
        self.assertEqual(identity["payload"]["firmware_version"], "1.1.0")
        self.assertEqual(self.current_session(device_id), session + 1)
        self.assertEqual(self.device(device_id)["installs"], 1)

        # the same device, a tampered image whose announced size and SHA-256 are right: integrity failure (5)
        url, sha256, size = self.firmware_image("LT-500-1.2.0-tampered.fdfw", "1.2.0", tamper=True)
        mark, _ = self.update(device_id, url, sha256, size, "1.2.0")
        done = self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "firmware"
                                 and m["payload"]["state"] == 0 and m["payload"]["result"] != 0, "update result")
        self.assertEqual(done["payload"]["result"], 5)
        self.assertEqual(self.device(device_id)["firmware"], "1.1.0")
        # an announced SHA-256 that does not match the file: also 5
        url, _, size = self.firmware_image("LT-500-1.2.0.fdfw", "1.2.0")
        mark, _ = self.update(device_id, url, "0" * 64, size, "1.2.0")
        done = self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "firmware"
                                 and m["payload"]["state"] == 0 and m["payload"]["result"] != 0, "update result")
        self.assertEqual(done["payload"]["result"], 5)

    def test_disable_comes_back_after_its_duration(self):
        device_id = self.v5[1]
        session = self.current_session(device_id)
        mark = self.monitor.mark()
        request = self.command(device_id, "disable", {"duration_s": 5})  # simulated: 1 s at time scale 5
        self.assertEqual(self.answer(mark, device_id, request)["status"], "ok")
        offline = self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "status"
                                    and m["payload"]["state"] == "offline", "status offline")["payload"]
        self.assertEqual(offline["reason"], "disabled")
        self.assertGreater(offline["until"], offline["ts"])
        self.assertEqual(self.wait_online(mark, device_id, "back after the duration")["session"], session + 1)

    def test_faults_busy_and_silent(self):
        device_id = self.v311[1]
        control = f"{self.control}/devices/{device_id}/faults"
        sb.http_request(control, method="POST", body=b'{"kind": "busy"}')
        try:
            mark = self.monitor.mark()
            for op in ("reboot", "firmware-update"):
                args = {"url": "http://127.0.0.1:1/x.fdfw"} if op == "firmware-update" else None
                answer = self.answer(mark, device_id, self.command(device_id, op, args))
                self.assertEqual((answer["status"], answer["code"]), ("error", "busy"), op)
        finally:
            sb.http_request(control, method="DELETE")
        session = self.current_session(device_id)
        mark = self.monitor.mark()
        sb.http_request(control, method="POST", body=b'{"kind": "silent"}')
        will = self.monitor.wait(mark, lambda m: m["id"] == device_id and m["leaf"] == "status", "the Will")
        self.assertEqual(will["payload"], {"state": "offline", "reason": "lost"})
        self.assertEqual(self.device(device_id)["state"], "silent")
        mark = self.monitor.mark()
        sb.http_request(control, method="DELETE")
        self.assertEqual(self.wait_online(mark, device_id, "talking again")["session"], session + 1)

    def test_unknown_op_is_unsupported(self):
        for device_id in (self.v5[0], self.v311[0]):
            mark = self.monitor.mark()
            answer = self.answer(mark, device_id, self.command(device_id, "self-destruct"))
            self.assertEqual((answer["status"], answer["code"], answer["op"]),
                             ("error", "unsupported", "self-destruct"))
            self.assertIn("self-destruct", answer["message"])

    def test_garbage_commands_do_not_kill_the_device(self):
        device_id = self.v311[0]
        mark = self.monitor.mark()
        for garbage in ("not json at all", "[1, 2", '{"no": "id"}', "\u00ff\u00fe", '{"id": 42}'):
            self.command(device_id, "reboot", payload=garbage)
        request = str(uuid.uuid4())
        self.command(device_id, "config", payload=json.dumps({"id": request, "args": "not an object"}))
        answer = self.answer(mark, device_id, request)
        self.assertEqual((answer["status"], answer["code"]), ("error", "bad_request"))
        answer = self.answer(mark, device_id, self.command(device_id, "get-config"))
        self.assertEqual(answer["status"], "ok")
        self.assertFalse(any(m["id"] == device_id and m["leaf"] == "status" for m in self.monitor.since(mark)),
                         "the device stayed online (no reboot from a command without an id)")
        self.assertEqual(self.device(device_id)["state"], "running")


if __name__ == "__main__":
    unittest.main()
