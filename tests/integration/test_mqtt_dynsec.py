#!/usr/bin/env python3
"""fleetdesk-cli mqtt dynsec … against the real sandbox mosquitto and its dynamic-security plugin
(docs/cli.md, docs/mqtt.md "Broker administration", docs/mqtt-dm-convention.md "Accounts").

A device account made by FleetDesk logs in with mosquitto_pub/mosquitto_sub, publishes on its own
fd/v1/<id>/… topics, receives its commands, and is denied another device's topic (checked by an
admin subscriber that never receives the forbidden message); disable refuses its login, enable allows
it again, delete removes it. Refusals in words: a wrong admin password, a non-admin account, the
plugin's own errors. Every change is in the audit log. Names are unique per run and everything made
here is deleted again, so the shared sandbox stays clean.

Env: FLEETDESK_SANDBOX_JSON, FLEETDESK_CLI. Runs inside tests/with-keyring (CTest via tests/run).
"""
import json
import os
import select
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest
import uuid
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox_support as sb  # noqa: E402
from mqtt_cli_support import CLI, NO_DBUS, cli  # noqa: E402


class MosquittoSub:
    """A running mosquitto_sub (-v -d): waits for its SUBACK, then collects "topic payload" lines."""

    def __init__(self, conn_args, topics):
        argv = ["stdbuf", "-oL", "mosquitto_sub", *conn_args, "-q", "1", "-v", "-d"]
        for t in topics:
            argv += ["-t", t]
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, bufsize=0)
        self.seen = b""
        self.wait_for(lambda text: "Subscribed (mid" in text, 15, "the SUBACK")

    def text(self):
        return self.seen.decode(errors="replace")

    def wait_for(self, condition, deadline_s, what):
        end = time.monotonic() + deadline_s
        while not condition(self.text()):
            remaining = end - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"mosquitto_sub: no {what} within {deadline_s} s:\n{self.text()}")
            ready, _, _ = select.select([self.proc.stdout], [], [], remaining)
            if ready:
                chunk = os.read(self.proc.stdout.fileno(), 4096)
                if not chunk:
                    raise AssertionError(f"mosquitto_sub exited ({self.proc.wait()}) before {what}:\n"
                                         f"{self.text()}")
                self.seen += chunk

    def lines(self, prefix):
        return [line for line in self.text().splitlines() if line.startswith(prefix)]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.proc.stdout.close()


class MqttDynsec(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isfile(CLI):
            raise RuntimeError("FLEETDESK_CLI must name the built fleetdesk-cli")
        cls.sandbox = sb.load_sandbox_json()
        mqtt = cls.sandbox["mqtt"]
        cls.plain = mqtt["plain"]
        cls.host, cls.port = sb.host_port(cls.plain)
        cls.admin = mqtt["admin"]["username"]
        cls.admin_password = Path(mqtt["admin"]["password_file"]).read_text().strip()
        cls.tmp = tempfile.TemporaryDirectory()
        cls.addClassCleanup(cls.tmp.cleanup)
        cls.profiles = os.path.join(cls.tmp.name, "profiles.json")
        cls.db = os.path.join(cls.tmp.name, "fleet.db")
        # The admin through a profile: its password goes to the (test) keychain.
        run = cli("--profiles", cls.profiles, "--json", "profiles", "add", "dynsec-admin", "--kind", "mqtt",
                  "--url", cls.plain, "--username", cls.admin, "--password-stdin",
                  stdin=cls.admin_password + "\n")
        assert run.returncode == 0, run.stdout + run.stderr

    # --- helpers ---

    def dynsec(self, *args, broker="dynsec-admin", stdin=None, env=None):
        return cli("--profiles", self.profiles, "--db", self.db, "--timeout", "15", "--json", "mqtt", "dynsec",
                   *args, "--broker", broker, stdin=stdin, env=env)

    def dynsec_ok(self, *args, **kwargs):
        run = self.dynsec(*args, **kwargs)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        return json.loads(run.stdout)

    def dynsec_error(self, *args, code, **kwargs):
        run = self.dynsec(*args, **kwargs)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        error = json.loads(run.stdout)["error"]
        self.assertEqual(error["code"], code, error)
        self.assertIn(error["message"], run.stderr)
        return error["message"]

    def conn(self, user, password):
        return ["-h", self.host, "-p", str(self.port), "-V", "mqttv311", "-u", user, "-P", password]

    def admin_conn(self):
        return self.conn(self.admin, self.admin_password)

    def pub(self, user, password, topic, payload):
        return subprocess.run(["mosquitto_pub", *self.conn(user, password), "-t", topic, "-m", payload, "-q", "1"],
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=20)

    def unique(self, what):
        return f"fdtest-{what}-{uuid.uuid4().hex[:8]}"

    def device_account(self):
        device = self.unique("dev")
        made = self.dynsec_ok("create-device-account", device)
        self.addCleanup(self.dynsec, "delete-device-account", device)
        return device, made

    def audit(self):
        with sqlite3.connect(self.db) as db:
            return [dict(zip(("action", "parameters", "result"), row))
                    for row in db.execute("SELECT action, parameters, result FROM audit ORDER BY id")]

    # --- tests ---

    def test_list_clients_roles_and_groups(self):
        clients = self.dynsec_ok("list-clients")
        names = [c["username"] for c in clients["clients"]]
        self.assertIn(self.admin, names)
        self.assertEqual(clients["count"], len(names))
        admin = next(c for c in clients["clients"] if c["username"] == self.admin)
        self.assertFalse(admin["disabled"])
        self.assertTrue(admin["roles"], admin)
        roles = self.dynsec_ok("list-roles")
        self.assertTrue(all("acls" in r for r in roles["roles"]))
        groups = self.dynsec_ok("list-groups")
        self.assertEqual(groups["count"], len(groups["groups"]))
        # People get a table; a bare URL with --password-stdin never touches D-Bus.
        run = cli("--timeout", "15", "mqtt", "dynsec", "list-clients", "--broker", self.plain,
                  "--username", self.admin, "--password-stdin", stdin=self.admin_password + "\n", env=NO_DBUS)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertTrue(run.stdout.startswith("USERNAME"), run.stdout)
        self.assertIn(self.admin, run.stdout)

    def test_device_account_lifecycle_and_isolation(self):
        device, made = self.device_account()
        role = f"fd-device-{device}"
        password = made["password"]
        self.assertTrue(made["password_generated"])
        self.assertEqual(len(password), 32)
        self.assertEqual(made["rolename"], role)
        # Exactly the convention's ACLs.
        roles = {r["rolename"]: r for r in self.dynsec_ok("list-roles")["roles"]}
        self.assertEqual(sorted((a["acltype"], a["topic"], a["allow"]) for a in roles[role]["acls"]),
                         sorted([("publishClientSend", f"fd/v1/{device}/#", True),
                                 ("subscribePattern", f"fd/v1/{device}/cmd/#", True),
                                 ("publishClientReceive", f"fd/v1/{device}/cmd/#", True)]))
        clients = {c["username"]: c for c in self.dynsec_ok("list-clients")["clients"]}
        self.assertEqual(clients[device]["roles"], [role])

        # Its own topics pass; another device's topic is denied: the admin subscriber, listening on
        # both, sees the marker published after the forbidden message but never the forbidden one.
        other = self.unique("other")
        watcher = MosquittoSub(self.admin_conn(), [f"fd/v1/{other}/#", f"fd/v1/{device}/#"])
        self.addCleanup(watcher.stop)
        self.pub(device, password, f"fd/v1/{other}/status", "forbidden")  # QoS 1: the broker has judged it
        done = self.pub(device, password, f"fd/v1/{device}/status", "marker")
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        watcher.wait_for(lambda text: f"fd/v1/{device}/status marker" in text, 15, "marker")
        self.assertEqual(watcher.lines(f"fd/v1/{other}/"), [])

        # It receives commands on its own cmd topic.
        commands = MosquittoSub(self.conn(device, password), [f"fd/v1/{device}/cmd/#"])
        self.addCleanup(commands.stop)
        sent = sb.mqtt_publish(self.admin_conn(), f"fd/v1/{device}/cmd/reboot", "{}")
        self.assertEqual(sent.returncode, 0, sent.stderr)
        commands.wait_for(lambda text: f"fd/v1/{device}/cmd/reboot {{}}" in text, 15, "the command")
        commands.stop()

        # Disable: the login is refused (and, per the plugin, live sessions are kicked).
        self.assertEqual(self.dynsec_ok("disable-client", device), {"disabled": True, "username": device})
        refused = self.pub(device, password, f"fd/v1/{device}/status", "x")
        self.assertNotEqual(refused.returncode, 0)
        self.assertIn("not authorised", refused.stderr + refused.stdout)
        clients = {c["username"]: c for c in self.dynsec_ok("list-clients")["clients"]}
        self.assertTrue(clients[device]["disabled"])
        # Enable: it works again.
        self.assertEqual(self.dynsec_ok("enable-client", device), {"enabled": True, "username": device})
        again = self.pub(device, password, f"fd/v1/{device}/status", "back")
        self.assertEqual(again.returncode, 0, again.stdout + again.stderr)

        # Delete: client and role are gone, the login is refused.
        deleted = self.dynsec_ok("delete-device-account", device)
        self.assertEqual(deleted["deleted"], True)
        self.assertTrue(deleted["client_deleted"] and deleted["role_deleted"], deleted)
        self.assertNotIn(device, [c["username"] for c in self.dynsec_ok("list-clients")["clients"]])
        self.assertNotIn(role, [r["rolename"] for r in self.dynsec_ok("list-roles")["roles"]])
        gone = self.pub(device, password, f"fd/v1/{device}/status", "x")
        self.assertNotEqual(gone.returncode, 0)

        # Every change is in the audit log, without the password.
        entries = [e for e in self.audit() if device in e["parameters"]]
        self.assertEqual([e["action"] for e in entries],
                         ["mqtt_dynsec_create_device_account", "mqtt_dynsec_disable_client",
                          "mqtt_dynsec_enable_client", "mqtt_dynsec_delete_device_account"])
        self.assertTrue(all(e["result"] == "succeeded" for e in entries), entries)
        self.assertFalse(any(password in e["parameters"] for e in entries))
        self.assertTrue(all(json.loads(e["parameters"])["broker"] == "dynsec-admin" for e in entries), entries)

    def test_create_and_delete_a_client_with_its_password_on_stdin(self):
        name = self.unique("client")
        client_password = uuid.uuid4().hex
        # Bare URL: the admin's password is the first line on stdin, the new client's the second.
        run = cli("--db", self.db, "--timeout", "15", "--json", "mqtt", "dynsec", "create-client", name,
                  "--broker", self.plain, "--username", self.admin, "--password-stdin", "--client-password-stdin",
                  "--textname", "FleetDesk test client",
                  stdin=f"{self.admin_password}\n{client_password}\n", env=NO_DBUS)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.addCleanup(self.dynsec, "delete-client", name)
        made = json.loads(run.stdout)
        self.assertEqual(made, {"created": True, "username": name, "roles": [], "password_generated": False})
        self.assertNotIn(client_password, run.stdout + run.stderr)
        # The account logs in with that password (no role: it may publish nothing, but it connects).
        login = self.pub(name, client_password, f"fdtest/{name}", "hello")
        self.assertEqual(login.returncode, 0, login.stdout + login.stderr)
        clients = {c["username"]: c for c in self.dynsec_ok("list-clients")["clients"]}
        self.assertEqual(clients[name]["textname"], "FleetDesk test client")
        # The plugin's refusals, in words.
        message = self.dynsec_error("create-client", name, code="dynsec", stdin=None)
        self.assertIn("Client already exists", message)
        self.assertEqual(self.dynsec_ok("delete-client", name), {"deleted": True, "username": name})
        message = self.dynsec_error("delete-client", name, code="dynsec")
        self.assertIn("Client not found", message)
        actions = [(e["action"], e["result"]) for e in self.audit() if name in e["parameters"]]
        self.assertEqual([a for a, _ in actions],
                         ["mqtt_dynsec_create_client", "mqtt_dynsec_create_client",
                          "mqtt_dynsec_delete_client", "mqtt_dynsec_delete_client"])
        self.assertEqual(actions[0][1], "succeeded")
        self.assertTrue(actions[1][1].startswith("failed: ") and "Client already exists" in actions[1][1])

    def test_an_existing_device_account_is_refused_and_left_alone(self):
        device, made = self.device_account()
        message = self.dynsec_error("create-device-account", device, code="dynsec")
        self.assertIn("Role already exists", message)
        # The first account still works with its password.
        ok = self.pub(device, made["password"], f"fd/v1/{device}/status", "still here")
        self.assertEqual(ok.returncode, 0, ok.stdout + ok.stderr)

    def test_wrong_admin_password_is_a_clear_auth_error(self):
        run = cli("--timeout", "15", "--json", "mqtt", "dynsec", "list-clients", "--broker", self.plain,
                  "--username", self.admin, "--password-stdin", stdin="wrong-password\n", env=NO_DBUS)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        error = json.loads(run.stdout)["error"]
        self.assertEqual(error["code"], "auth")
        self.assertIn("not authorised", error["message"])

    def test_an_account_that_is_not_an_administrator_is_told_so(self):
        device, made = self.device_account()
        run = cli("--timeout", "15", "--json", "mqtt", "dynsec", "list-clients", "--broker", self.plain,
                  "--username", device, "--password-stdin", stdin=made["password"] + "\n", env=NO_DBUS)
        self.assertEqual(run.returncode, 1, run.stdout + run.stderr)
        error = json.loads(run.stdout)["error"]
        self.assertEqual(error["code"], "auth", error)
        self.assertIn("not a dynamic-security administrator", error["message"])

    def test_usage_errors(self):
        for args in (("create-device-account", "a/b"), ("disable-client",), ("frobnicate",),
                     ("list-clients", "extra"), ("disable-client", "x", "--client-password-stdin")):
            run = self.dynsec(*args)
            self.assertEqual(run.returncode, 2, (args, run.stdout, run.stderr))


if __name__ == "__main__":
    unittest.main()
