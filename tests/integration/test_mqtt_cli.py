#!/usr/bin/env python3
"""fleetdesk-cli mqtt pub/sub against the real sandbox mosquitto (docs/cli.md, docs/mqtt.md):
round trips over plain (admin through a profile whose secret is in the test keyring), TLS verified
against the sandbox CA (bare URL, no D-Bus) and TLS-PSK; refusals in words: a wrong password, an
untrusted certificate (refused before any credential is sent) and a wrong pinned fingerprint.

Env: FLEETDESK_SANDBOX_JSON, FLEETDESK_CLI. Runs inside tests/with-keyring (CTest via tests/run).
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest
import uuid
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox_support as sb  # noqa: E402
from mqtt_cli_support import CLI, NO_DBUS, Subscriber, cli  # noqa: E402


class MqttCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isfile(CLI):
            raise RuntimeError("FLEETDESK_CLI must name the built fleetdesk-cli")
        cls.sandbox = sb.load_sandbox_json()
        mqtt = cls.sandbox["mqtt"]
        cls.plain, cls.tls, cls.psk = mqtt["plain"], mqtt["tls"], mqtt["psk"]
        cls.ca = mqtt["ca_file"]
        cls.user = mqtt["admin"]["username"]
        cls.password = Path(mqtt["admin"]["password_file"]).read_text()  # with its newline
        cls.psk_identity = mqtt["psk_identity"]
        cls.psk_key = Path(mqtt["psk_key_file"]).read_text()
        cls.tmp = tempfile.TemporaryDirectory()
        cls.addClassCleanup(cls.tmp.cleanup)
        cls.profiles = os.path.join(cls.tmp.name, "profiles.json")
        cls.add_profile("mqtt-admin-plain", "--url", cls.plain, "--username", cls.user,
                        stdin=cls.password)
        cls.add_profile("mqtt-psk", "--url", cls.psk, "--auth", "psk", "--username", cls.psk_identity,
                        stdin=cls.psk_key)

    @classmethod
    def add_profile(cls, name, *args, stdin=None):
        extra = ("--password-stdin",) if stdin is not None else ()
        run = cli("--profiles", cls.profiles, "--json", "profiles", "add", name, "--kind", "mqtt",
                  *args, *extra, stdin=stdin)
        assert run.returncode == 0, run.stdout + run.stderr
        return json.loads(run.stdout)["profile"]

    def topic(self):
        return f"fleetdesk-test/{self.id().rsplit('.', 1)[-1]}/{uuid.uuid4().hex[:8]}"

    def subscribe(self, *args, stdin=None, env=None):
        sub = Subscriber("--profiles", self.profiles, "--json", "--timeout", "20", "mqtt", "sub", *args,
                         stdin=stdin, env=env)
        self.addCleanup(sub.kill)
        sub.wait_for_notice("subscribed to", 20)
        return sub

    def publish(self, *args, stdin=None, env=None):
        run = cli("--profiles", self.profiles, "--json", "--timeout", "20", "mqtt", "pub", *args,
                  stdin=stdin, env=env)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        return json.loads(run.stdout)

    def test_round_trip_plain_through_a_profile(self):
        topic = self.topic()
        sub = self.subscribe("--broker", "mqtt-admin-plain", "--topic", topic + "/#", "--qos", "1", "--count", "2")
        self.publish("--broker", "mqtt-admin-plain", "--topic", topic + "/a", "--payload", "hello", "--qos", "1")
        payload_file = os.path.join(self.tmp.name, "binary.bin")
        Path(payload_file).write_bytes(b"\xff\x00\xfe")
        done = self.publish("--broker", "mqtt-admin-plain", "--topic", topic + "/b", "--payload-file",
                            payload_file, "--qos", "1", "--retain")
        self.assertEqual(done, {"published": True, "topic": topic + "/b", "qos": 1, "retain": True, "size": 3})
        code, lines = sub.finish(30)
        self.assertEqual(code, 0, sub.err.decode())
        self.assertEqual(lines[0], {"topic": topic + "/a", "qos": 1, "retain": False, "payload": "hello",
                                    "size": 5})
        self.assertEqual(lines[1]["payload"], "/wD+")
        self.assertEqual(lines[1]["encoding"], "base64")
        self.assertEqual(lines[2]["summary"], True)
        self.assertEqual(lines[2]["messages"], 2)
        self.assertEqual(lines[2]["bytes"], 8)
        # clean up the retained message
        self.publish("--broker", "mqtt-admin-plain", "--topic", topic + "/b", "--payload", "", "--retain")

    def test_round_trip_tls_with_the_sandbox_ca_on_a_bare_url_without_dbus(self):
        topic = self.topic()
        url_args = ("--broker", self.tls, "--ca-file", self.ca, "--username", self.user, "--password-stdin")
        sub = self.subscribe(*url_args, "--topic", topic, "--mqtt-version", "5", stdin=self.password, env=NO_DBUS)
        self.publish(*url_args, "--topic", topic, "--payload", "über TLS", "--qos", "1", stdin=self.password,
                     env=NO_DBUS)
        code, lines = sub.finish(30)
        self.assertEqual(code, 0, sub.err.decode())
        self.assertEqual(lines[0]["payload"], "über TLS")
        self.assertEqual(lines[0]["size"], len("über TLS".encode()))

    def test_round_trip_tls_psk_through_a_profile(self):
        topic = self.topic()
        sub = self.subscribe("--broker", "mqtt-psk", "--topic", topic, "--qos", "1")
        self.publish("--broker", "mqtt-psk", "--topic", topic, "--payload", "psk", "--qos", "1")
        code, lines = sub.finish(30)
        self.assertEqual(code, 0, sub.err.decode())
        self.assertEqual(lines[0]["payload"], "psk")

    def test_stats_prints_only_one_summary(self):
        topic = self.topic()
        sub = self.subscribe("--broker", "mqtt-admin-plain", "--topic", topic, "--count", "3", "--stats")
        for i in range(3):
            self.publish("--broker", "mqtt-admin-plain", "--topic", topic, "--payload", f"m{i}", "--qos", "1")
        code, lines = sub.finish(30)
        self.assertEqual(code, 0, sub.err.decode())
        self.assertEqual(len(lines), 1, lines)
        self.assertEqual(lines[0]["messages"], 3)
        self.assertEqual(lines[0]["bytes"], 6)
        self.assertGreater(lines[0]["seconds"], 0)
        self.assertGreater(lines[0]["rate"], 0)

    def test_wrong_password_is_refused_in_words(self):
        run = cli("--json", "mqtt", "pub", "--broker", self.plain, "--username", self.user, "--password-stdin",
                  "--topic", self.topic(), "--payload", "x", stdin="not-the-password\n", env=NO_DBUS)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        error = json.loads(run.stdout)["error"]
        self.assertEqual(error["code"], "auth")
        self.assertIn("refused", error["message"])
        self.assertIn("password", error["message"])

    def broker_log(self):
        return (Path(self.sandbox["logs"]) / "mosquitto.log").read_text(errors="replace")

    def test_untrusted_certificate_is_refused_before_credentials(self):
        client_id = f"fleetdesk-untrusted-{uuid.uuid4().hex[:8]}"
        before = len(self.broker_log())
        # No --ca-file: the system trust store does not know the sandbox CA.
        run = cli("--json", "mqtt", "pub", "--broker", self.tls, "--username", self.user, "--password-stdin",
                  "--client-id", client_id, "--topic", self.topic(), "--payload", "x", stdin=self.password,
                  env=NO_DBUS)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        error = json.loads(run.stdout)["error"]
        self.assertEqual(error["code"], "tls")
        self.assertIn("not trusted", error["message"])
        self.assertIn("unknown certificate authority", error["message"])
        # The broker saw the handshake fail (our alert) and never a CONNECT: no client id, no user.
        sb.poll(lambda: "unknown ca" in self.broker_log()[before:], 10, what="the broker logging the TLS alert")
        self.assertNotIn(client_id, self.broker_log()[before:])

    def test_wrong_pinned_fingerprint_is_refused(self):
        wrong = ":".join(["AB"] * 32)
        run = cli("--json", "mqtt", "pub", "--broker", self.tls, "--ca-file", self.ca, "--pin", wrong,
                  "--topic", self.topic(), "--payload", "x", env=NO_DBUS)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        error = json.loads(run.stdout)["error"]
        self.assertEqual(error["code"], "tls")
        self.assertIn("pinned fingerprint", error["message"])

    def test_pin_set_by_profiles_add_is_used(self):
        server_crt = str(Path(self.ca).parent / "server.crt")
        fingerprint = subprocess.run(["openssl", "x509", "-in", server_crt, "-noout", "-fingerprint", "-sha256"],
                                     capture_output=True, text=True, check=True, timeout=30).stdout
        fingerprint = fingerprint.strip().split("=", 1)[1]
        # The right pin trusts the broker without the CA file; it is stored under tls.pinned_sha256.
        profile = self.add_profile("mqtt-pinned", "--url", self.tls, "--username", self.user,
                                   "--pin", fingerprint, stdin=self.password)
        self.assertEqual(profile["tls"]["pinned_sha256"], fingerprint.replace(":", "").lower())
        topic = self.topic()
        self.publish("--broker", "mqtt-pinned", "--topic", topic, "--payload", "pinned")
        self.add_profile("mqtt-mispinned", "--url", self.tls, "--ca-file", self.ca, "--username", self.user,
                         "--pin", "11" * 32, stdin=self.password)
        run = cli("--profiles", self.profiles, "--json", "mqtt", "pub", "--broker", "mqtt-mispinned",
                  "--topic", topic, "--payload", "x")
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertIn("pinned fingerprint", json.loads(run.stdout)["error"]["message"])

    def test_usage_errors(self):
        for args in (("mqtt", "pub", "--broker", self.plain, "--topic", "a/#", "--payload", "x"),
                     ("mqtt", "pub", "--broker", self.plain, "--topic", "a"),
                     ("mqtt", "sub", "--broker", self.plain, "--topic", "a", "--qos", "3"),
                     ("mqtt", "sub", "--topic", "a"),
                     ("mqtt", "pub", "--broker", self.plain, "--username", "u", "--topic", "a", "--payload", "x")):
            with self.subTest(args=args):
                run = cli("--json", *args, env=NO_DBUS)
                self.assertEqual(run.returncode, 2, run.stdout + run.stderr)

    def test_unreachable_broker(self):
        started = time.monotonic()
        run = cli("--json", "mqtt", "pub", "--broker", "mqtt://127.0.0.1:1", "--topic", "a", "--payload", "x",
                  env=NO_DBUS)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        self.assertEqual(json.loads(run.stdout)["error"]["code"], "unreachable")
        self.assertLess(time.monotonic() - started, 10)


if __name__ == "__main__":
    unittest.main()
