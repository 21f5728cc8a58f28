#!/usr/bin/env python3
"""fleetdesk-cli against the real sandbox: import its profiles (secrets into the test keyring), then
reach every server through them, with certificate verification on.

Env: FLEETDESK_SANDBOX_JSON (path of sandbox.json), FLEETDESK_CLI (path of fleetdesk-cli).
Runs inside tests/with-keyring (CTest is started by tests/run).
"""
import json
import os
import subprocess
import tempfile
import unittest

SANDBOX = os.environ.get("FLEETDESK_SANDBOX_JSON", "")
CLI = os.environ.get("FLEETDESK_CLI", "")


def cli(*args, stdin=None, env=None):
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True, timeout=90,
                          env=full_env)


class CliAgainstSandbox(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isfile(SANDBOX) or not os.path.isfile(CLI):
            raise RuntimeError("FLEETDESK_SANDBOX_JSON and FLEETDESK_CLI must name existing files")
        with open(SANDBOX, encoding="utf-8") as f:
            cls.sandbox = json.load(f)
        cls.tmp = tempfile.TemporaryDirectory()
        cls.profiles = os.path.join(cls.tmp.name, "profiles.json")
        cls.imported = cli("--profiles", cls.profiles, "--json", "profiles", "import-sandbox", SANDBOX)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_import_creates_valid_profiles_without_secrets_on_disk(self):
        self.assertEqual(self.imported.returncode, 0, self.imported.stderr)
        names = json.loads(self.imported.stdout)["imported"]
        for expected in ("sandbox-mqtt", "sandbox-mqtt-plain", "sandbox-leshan", "sandbox-bootstrap"):
            self.assertIn(expected, names)
        listed = cli("--profiles", self.profiles, "--json", "profiles", "list")
        self.assertEqual(listed.returncode, 0, listed.stderr)
        profiles = json.loads(listed.stdout)["profiles"]
        self.assertTrue(all(p["valid"] for p in profiles), profiles)
        with open(self.sandbox["mqtt"]["admin"]["password_file"], encoding="utf-8") as f:
            password = f.read().strip()
        with open(self.profiles, encoding="utf-8") as f:
            self.assertNotIn(password, f.read())

    def test_every_sandbox_server_answers_through_its_profile(self):
        self.assertEqual(self.imported.returncode, 0, self.imported.stderr)
        for name in ("sandbox-leshan", "sandbox-bootstrap", "sandbox-mqtt", "sandbox-mqtt-plain"):
            with self.subTest(profile=name):
                run = cli("--profiles", self.profiles, "--json", "profiles", "test", name)
                self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
                self.assertTrue(json.loads(run.stdout)["ok"])

    def test_tls_broker_is_verified_against_the_sandbox_ca(self):
        run = cli("--json", "profiles", "test", self.sandbox["mqtt"]["tls"],
                  "--ca-file", self.sandbox["mqtt"]["ca_file"])
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertIn("verified", json.loads(run.stdout)["message"])

    def test_untrusted_certificate_is_refused_in_words(self):
        # Without the sandbox CA the system trust store does not know the broker's certificate.
        run = cli("--json", "profiles", "test", self.sandbox["mqtt"]["tls"])
        self.assertEqual(run.returncode, 1, run.stdout)
        error = json.loads(run.stdout)["error"]
        self.assertEqual(error["code"], "unreachable")
        self.assertIn("not trusted", error["message"])

    def test_bare_url_needs_no_dbus(self):
        env = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/no-bus"}
        run = cli("--json", "profiles", "test", self.sandbox["leshan"]["rest"], env=env)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)


if __name__ == "__main__":
    unittest.main()
