#!/usr/bin/env python3
"""fleetdesk-cli mqtt sub|tree|history against the real sandbox mosquitto: the ingest pipeline the
window uses (topic store, distinct-topic cap, history in telemetry.db) and the bad input it must
survive: payloads that are not UTF-8, invalid JSON, 10 MB payloads, 60,000-character topics, 150
levels (mosquitto's own limit is 200), and a flood of distinct topics past --max-topics.

Env: FLEETDESK_SANDBOX_JSON, FLEETDESK_CLI. Runs inside tests/with-keyring (CTest via tests/run).
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import uuid
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox_support as sb  # noqa: E402
from mqtt_cli_support import CLI, NO_DBUS, Subscriber, cli  # noqa: E402


class MqttTopicsCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.path.isfile(CLI):
            raise RuntimeError("FLEETDESK_CLI must name the built fleetdesk-cli")
        sandbox = sb.load_sandbox_json()
        mqtt = sandbox["mqtt"]
        cls.url = mqtt["plain"]
        cls.user = mqtt["admin"]["username"]
        cls.password = Path(mqtt["admin"]["password_file"]).read_text()
        host_port = cls.url.split("://", 1)[1]
        cls.host, cls.port = host_port.rsplit(":", 1)
        cls.tmp = tempfile.TemporaryDirectory()
        cls.addClassCleanup(cls.tmp.cleanup)
        cls.db = os.path.join(cls.tmp.name, "fleet.db")

    def setUp(self):
        self.prefix = f"fleetdesk-test/topics/{uuid.uuid4().hex[:8]}"
        self.retained = []

    def tearDown(self):
        for topic in self.retained:  # leave the shared broker clean
            self.mosquitto_pub(topic, b"", retain=True)

    def broker_args(self):
        return ("--broker", self.url, "--username", self.user, "--password-stdin")

    def run_cli(self, *args, timeout=60):
        return cli("--db", self.db, "--json", "--timeout", "20", *args, stdin=self.password, env=NO_DBUS,
                   timeout=timeout)

    def mosquitto_pub(self, topic, payload, retain=False):
        args = ["mosquitto_pub", "-h", self.host, "-p", self.port, "-u", self.user, "-P",
                self.password.strip(), "-t", topic, "-q", "1", "-s" if payload else "-n"]
        if retain:
            args.append("-r")
        subprocess.run(args, input=payload, check=True, timeout=30)
        if retain and payload:
            self.retained.append(topic)

    def subscribe(self, *args):
        sub = Subscriber("--db", self.db, "--json", "--timeout", "20", "mqtt", "sub", *self.broker_args(), *args,
                         stdin=self.password, env=NO_DBUS)
        self.addCleanup(sub.kill)
        sub.wait_for_notice("subscribed to", 20)
        return sub

    def test_tree_shows_every_topic_and_survives_bad_payloads(self):
        p = self.prefix
        long_topic = f"{p}/long/" + "x" * 60000
        deep_topic = f"{p}/deep/" + "/".join(f"l{i}" for i in range(150))
        payloads = {
            f"{p}/json": b'{"temperature": 21.5}',
            f"{p}/bad-json": b'{"temperature": ',
            f"{p}/binary": b"\xff\xfe\x00\x01",
            f"{p}/number": b"42",
            long_topic: b"long",
            deep_topic: b"deep",
        }
        for topic, payload in payloads.items():
            self.mosquitto_pub(topic, payload, retain=True)
        run = self.run_cli("mqtt", "tree", *self.broker_args(), "--topic", p + "/#", "--duration", "2")
        self.assertEqual(run.returncode, 0, run.stderr)
        lines = [json.loads(line) for line in run.stdout.splitlines()]
        seen = {line["topic"]: line for line in lines}
        self.assertEqual(set(seen), set(payloads))
        self.assertEqual(seen[f"{p}/binary"]["encoding"], "base64")
        self.assertEqual(seen[f"{p}/bad-json"]["payload"], '{"temperature": ')
        self.assertTrue(all(line["retain"] for line in lines))
        self.assertEqual(seen[long_topic]["messages"], 1)
        # the human tree: levels indented, values decoded, binary named as such
        human = cli("--db", self.db, "--timeout", "20", "mqtt", "tree", *self.broker_args(), "--topic", p + "/#",
                    "--duration", "2", stdin=self.password, env=NO_DBUS)
        self.assertEqual(human.returncode, 0, human.stderr)
        # (assertTrue, not assertIn: the output holds a 60,000-character topic)
        self.assertTrue('"temperature": 21.5' in human.stdout)
        self.assertTrue("binary = <4 byte" in human.stdout)
        self.assertTrue("l149 = deep" in human.stdout)
        self.assertTrue("6 topic" in human.stdout)

    def test_history_is_kept_bounded_and_exported(self):
        topic = f"{self.prefix}/counter"
        sub = self.subscribe("--topic", topic, "--qos", "1", "--count", "12", "--history", "5", "--stats")
        for i in range(12):
            self.mosquitto_pub(topic, str(i).encode())
        code, lines = sub.finish(60)
        self.assertEqual(code, 0, sub.err.decode())
        self.assertEqual(lines[-1]["messages"], 12)
        self.assertEqual(lines[-1]["history_rows"], 12)
        run = self.run_cli("mqtt", "history", "--broker", self.url, "--topic", topic)
        self.assertEqual(run.returncode, 0, run.stderr)
        history = [json.loads(line) for line in run.stdout.splitlines()]
        self.assertEqual([h["payload"] for h in history], ["7", "8", "9", "10", "11"])
        csv = cli("--db", self.db, "mqtt", "history", "--broker", self.url, "--topic", topic, "--csv")
        self.assertEqual(csv.returncode, 0, csv.stderr)
        rows = csv.stdout.splitlines()
        self.assertEqual(rows[0], "time,topic,qos,retain,size,payload_base64")
        self.assertEqual(len(rows), 6)
        self.assertTrue(rows[-1].endswith(",MTE="), rows[-1])  # base64 of "11"

    def test_ten_megabyte_payload_arrives_whole_and_is_stored_up_to_the_limit(self):
        topic = f"{self.prefix}/big"
        big = os.urandom(10 * 1024 * 1024)
        sub = self.subscribe("--topic", topic, "--qos", "1", "--count", "1")
        self.mosquitto_pub(topic, big)
        code, lines = sub.finish(60)
        self.assertEqual(code, 0, sub.err.decode())
        self.assertEqual(lines[0]["size"], len(big))
        self.assertEqual(lines[0]["encoding"], "base64")
        import base64
        self.assertEqual(base64.b64decode(lines[0]["payload"]), big)
        run = self.run_cli("mqtt", "history", "--broker", self.url, "--topic", topic)
        entry = json.loads(run.stdout.splitlines()[0])
        self.assertEqual(entry["size"], len(big))
        self.assertEqual(entry["stored_bytes"], 1024 * 1024)

    def test_a_flood_of_distinct_topics_stops_at_the_cap_with_a_warning(self):
        p = self.prefix
        sub = self.subscribe("--topic", p + "/#", "--qos", "1", "--count", "150", "--max-topics", "100", "--stats")
        procs = [subprocess.Popen(["mosquitto_pub", "-h", self.host, "-p", self.port, "-u", self.user, "-P",
                                   self.password.strip(), "-q", "1", "-t", f"{p}/flood/{i}", "-m", str(i)])
                 for i in range(150)]
        for proc in procs:
            self.assertEqual(proc.wait(timeout=60), 0)
        code, lines = sub.finish(60)
        self.assertEqual(code, 0, sub.err.decode())
        self.assertEqual(lines[-1]["messages"], 150)
        self.assertEqual(lines[-1]["topics"], 100)
        self.assertEqual(lines[-1]["topics_dropped_messages"], 50)
        self.assertTrue(any("more than 100 distinct topics" in n for n in sub.notices()), sub.notices())

    def test_history_needs_one_topic(self):
        run = self.run_cli("mqtt", "history", "--broker", self.url, "--topic", "a/#")
        self.assertEqual(run.returncode, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
