"""A device of FleetDesk's MQTT device-management convention (docs/mqtt-dm-convention.md), scripted
with the mosquitto_sub and mosquitto_pub command-line clients only: python starts them, reads the
commands mosquitto_sub prints and answers with mosquitto_pub. Used by the conformance test.

Behaviours: "ok" follows the convention; "garbage" answers every command with bytes that are not
JSON; "silent" never answers. Every wait polls against a deadline.
"""
import json
import os
import select
import signal
import subprocess
import threading
import time

SEP = "\x1f"  # between the fields of one mosquitto_sub output line


class ScriptedDevice:
    def __init__(self, conn_args, device_id, mqtt5=True, behaviour="ok", firmware="1.2.0"):
        self.conn_args = [a for a in conn_args]
        version = self.conn_args.index("-V") + 1
        self.conn_args[version] = "mqttv5" if mqtt5 else "mqttv311"
        self.id = device_id
        self.mqtt5 = mqtt5
        self.behaviour = behaviour
        self.firmware = firmware
        self.session = 0
        self.config_version = 1
        self.config = {"report_interval_s": 300, "temperature_alarm": 30.0, "led_enabled": True,
                       "mode": "normal"}
        self.commands = []  # every command received: (op, payload dict or raw text, response topic, correlation)
        self.events = []    # what the device did, for assertions and failure messages
        self.sub = None
        self.thread = None
        self.stop_flag = threading.Event()
        self.lock = threading.Lock()
        self.errors = []

    # -- publishing ---------------------------------------------------------------------------

    def topic(self, suffix):
        return f"fd/v1/{self.id}/{suffix}"

    def publish(self, topic, payload, retain=False, properties=()):
        args = ["mosquitto_pub", *self.conn_args, "-i", f"{self.id}-pub", "-t", topic, "-q", "1"]
        if retain:
            args.append("-r")
        for prop in properties:
            args += ["-D", "publish", *prop]
        if payload is None:
            args.append("-n")
        else:
            args += ["-m", payload if isinstance(payload, str) else json.dumps(payload, separators=(",", ":"))]
        run = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=15)
        if run.returncode != 0:
            raise AssertionError(f"mosquitto_pub to {topic} failed: {run.stdout}{run.stderr}")
        with self.lock:
            self.events.append(("pub", topic, payload))

    def now_ms(self):
        return int(time.time() * 1000)

    def publish_state(self):
        self.publish(self.topic("identity"), {"model": "CONF-1", "manufacturer": "FleetDesk Test",
                                              "serial": f"SN-{self.id}", "firmware_version": self.firmware,
                                              "site": "Conformance", "group": "scripted",
                                              "protocol": "fd/v1"}, retain=True)
        self.publish(self.topic("attributes"), {"ts": self.now_ms(), "battery": 77, "signal": -80,
                                                "enabled": True, "report_interval_s": 300,
                                                "error_codes": []}, retain=True)
        self.publish(self.topic("config"), {"version": self.config_version, "config": self.config},
                     retain=True)

    # -- connection ---------------------------------------------------------------------------

    def connect(self, deadline_s=15, birth=True):
        """The device's session: a mosquitto_sub on its command topics with the Last Will, then the
        birth (retained); without birth, a retained offline status instead."""
        fmt = SEP.join(["%t", "%R", "%D", "%p"]) + "\n"
        argv = ["stdbuf", "-oL", "mosquitto_sub", *self.conn_args, "-i", self.id, "-t", self.topic("cmd/#"),
                "-q", "1", "-d", "-F", fmt,
                "--will-topic", self.topic("status"), "--will-payload", '{"state":"offline","reason":"lost"}',
                "--will-qos", "1", "--will-retain"]
        self.sub = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, bufsize=0)
        self.buffer = b""
        end = time.monotonic() + deadline_s
        while b"Subscribed (mid" not in self.buffer:
            remaining = end - time.monotonic()
            if remaining <= 0 or self.sub.poll() is not None:
                raise AssertionError(f"device {self.id}: mosquitto_sub did not subscribe:\n{self.buffer.decode()}")
            ready, _, _ = select.select([self.sub.stdout], [], [], remaining)
            if ready:
                self.buffer += os.read(self.sub.stdout.fileno(), 65536)
        self.buffer = b""
        self.session += 1
        if birth:
            self.publish(self.topic("status"), {"state": "online", "ts": self.now_ms(), "session": self.session},
                         retain=True)
        else:
            self.publish(self.topic("status"), {"state": "offline", "reason": "shutdown", "ts": self.now_ms()},
                         retain=True)

    def disconnect(self, reason):
        """A deliberate disconnect: offline status first, then a polite DISCONNECT (no Last Will)."""
        self.publish(self.topic("status"), {"state": "offline", "reason": reason, "ts": self.now_ms()},
                     retain=True)
        self._stop_sub()

    def _stop_sub(self):
        if self.sub and self.sub.poll() is None:
            self.sub.send_signal(signal.SIGINT)  # mosquitto_sub disconnects politely
            try:
                self.sub.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.sub.kill()
                self.sub.wait()
        if self.sub:
            self.sub.stdout.close()

    def start(self, online=True):
        self.publish_state()
        self.connect(birth=online)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def shutdown(self, clear=True):
        self.stop_flag.set()
        if self.thread:
            self.thread.join(timeout=30)
        self._stop_sub()
        if clear:  # leave nothing retained on the shared broker
            for suffix in ("status", "identity", "attributes", "config", "firmware"):
                self.publish(self.topic(suffix), None, retain=True)

    # -- serving commands ---------------------------------------------------------------------

    def _serve(self):
        while not self.stop_flag.is_set():
            sub = self.sub
            try:
                ready, _, _ = select.select([sub.stdout], [], [], 0.2)
            except (ValueError, OSError):  # the session was just replaced (reboot)
                time.sleep(0.05)
                continue
            if not ready:
                continue
            try:
                chunk = os.read(sub.stdout.fileno(), 65536)
            except OSError:
                continue
            if not chunk:
                time.sleep(0.05)
                continue
            self.buffer += chunk
            while b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                text = line.decode(errors="replace")
                if not text.startswith("fd/v1/"):
                    continue  # mosquitto_sub's debug lines
                try:
                    self._handle(text)
                except Exception as e:  # noqa: BLE001 - reported by the test
                    self.errors.append(repr(e))

    def _handle(self, line):
        topic, response_topic, correlation, payload = line.split(SEP, 3)
        op = topic.rsplit("/", 1)[-1]
        try:
            command = json.loads(payload)
        except ValueError:
            command = None
        with self.lock:
            self.commands.append((op, command if command is not None else payload, response_topic, correlation))
        if self.behaviour == "silent":
            return
        answer_topic = response_topic or self.topic("rsp")
        props = [("correlation-data", correlation)] if (self.mqtt5 and correlation) else []
        if self.behaviour == "garbage":
            self.publish(answer_topic, "<<garbage: not json at all", properties=props)
            return
        if not isinstance(command, dict) or not isinstance(command.get("id"), str):
            return  # cannot answer without an id
        request_id = command["id"]
        args = command.get("args") or {}

        def answer(status, **extra):
            body = {"id": request_id, "op": op, "status": status, "ts": self.now_ms(), **extra}
            self.publish(answer_topic, body, properties=props)

        if op == "reboot":
            answer("ok")
            self.disconnect("reboot")
            self.connect()
        elif op == "config":
            version = args.get("version")
            merge = args.get("merge")
            if not isinstance(merge, dict):
                answer("error", code="bad_request", message="merge must be an object")
            elif version is not None and version != self.config_version:
                answer("error", code="conflict",
                       message=f"config version is {self.config_version}, not {version}")
            else:
                for key, value in merge.items():
                    if value is None:
                        self.config.pop(key, None)
                    else:
                        self.config[key] = value
                self.config_version += 1
                self.publish(self.topic("config"), {"version": self.config_version, "config": self.config},
                             retain=True)
                answer("ok", result={"version": self.config_version})
        elif op == "get-config":
            answer("ok", result={"version": self.config_version, "config": self.config})
        elif op == "firmware-update":
            target = args.get("version")
            answer("accepted")
            fw = self.topic("firmware")
            for progress in (0, 50, 100):
                self.publish(fw, {"state": 1, "result": 0, "progress": progress, "target_version": target,
                                  "request_id": request_id, "ts": self.now_ms()}, retain=True)
            if args.get("sha256") == "0" * 64:  # the test's tampered image
                self.publish(fw, {"state": 0, "result": 5, "target_version": target, "request_id": request_id,
                                  "ts": self.now_ms()}, retain=True)
                return
            self.publish(fw, {"state": 2, "result": 0, "progress": 100, "target_version": target,
                              "request_id": request_id, "ts": self.now_ms()}, retain=True)
            self.publish(fw, {"state": 3, "result": 0, "target_version": target, "request_id": request_id,
                              "ts": self.now_ms()}, retain=True)
            self.disconnect("firmware-update")
            self.firmware = target
            self.publish_state()
            self.connect()
            self.publish(fw, {"state": 0, "result": 1, "target_version": target, "request_id": request_id,
                              "ts": self.now_ms()}, retain=True)
        else:
            answer("error", code="unsupported", message=f"unknown op {op}")
