#!/usr/bin/env python3
"""Integration tests of a running sandbox's services.

Needs a sandbox that is up (`tests/sandbox/sandbox up --dir DIR`) and FLEETDESK_SANDBOX_JSON=DIR/sandbox.json.
Leaves the sandbox as it found it (test configs, retained messages and files are removed again).

    FLEETDESK_SANDBOX_JSON=/tmp/sbx/sandbox.json python3 tests/integration/test_sandbox_services.py
"""

import json
import os
import secrets
import ssl
import sys
import unittest
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandbox_support as sb  # noqa: E402

SANDBOX = sb.load_sandbox_json()
REGISTRATION_DEADLINE_S = 60


class LeshanRestTest(unittest.TestCase):
    rest = SANDBOX["leshan"]["rest"]

    def sim_endpoints(self):
        prefix = SANDBOX["sim"]["lwm2m_endpoint_prefix"]
        return {f"{prefix}{i:04d}" for i in range(1, SANDBOX["sim"]["lwm2m_devices"] + 1)}

    def test_clients_is_a_json_array(self):
        clients = sb.get_json(f"{self.rest}/api/clients")
        self.assertIsInstance(clients, list)

    def test_simulated_devices_register(self):
        expected = self.sim_endpoints()

        def registered():
            endpoints = {c["endpoint"] for c in sb.get_json(f"{self.rest}/api/clients")}
            return expected <= endpoints

        sb.poll(registered, REGISTRATION_DEADLINE_S, what=f"all of {sorted(expected)} registered at Leshan")

    def test_simulated_device_object_reads(self):
        if not self.sim_endpoints():
            self.skipTest("sandbox runs without LwM2M devices")
        endpoint = min(self.sim_endpoints())
        url = f"{self.rest}/api/clients/{endpoint}/3/0"

        def device_object():
            status, _, body = sb.http_request(url)
            return json.loads(body) if status == 200 else None

        response = sb.poll(device_object, REGISTRATION_DEADLINE_S, what=f"read of /3/0 on {endpoint}")
        self.assertTrue(response["success"], response)
        values = {r["id"]: r.get("value") for r in response["content"]["resources"]}
        self.assertEqual(values[0], "FleetDesk Sim")
        self.assertEqual(values[1], "LT-500")
        self.assertEqual(values[3], "1.0.0")


class BootstrapRestTest(unittest.TestCase):
    rest = SANDBOX["bootstrap"]["rest"]

    def config(self):
        return {
            "toDelete": ["/0", "/1"],
            "servers": {"0": {"shortId": 123, "lifetime": 300, "defaultMinPeriod": 1,
                              "notifIfDisabled": True, "binding": "U"}},
            "security": {
                "0": {"uri": SANDBOX["bootstrap"]["coap"], "bootstrapServer": True, "securityMode": "NO_SEC",
                      "publicKeyOrId": [], "serverPublicKey": [], "secretKey": []},
                "1": {"uri": SANDBOX["leshan"]["coap"], "bootstrapServer": False, "securityMode": "PSK",
                      "serverId": 123, "publicKeyOrId": list(b"dev-id"), "secretKey": [0, 1, 2, 255],
                      "serverPublicKey": []},
            },
        }

    def post(self, endpoint, body):
        return sb.http_request(f"{self.rest}/api/bootstrap/{endpoint}", method="POST",
                               body=json.dumps(body).encode(), headers={"Content-Type": "application/json"})

    def test_list_is_a_json_object(self):
        self.assertIsInstance(sb.get_json(f"{self.rest}/api/bootstrap"), dict)

    def test_add_show_delete_config(self):
        endpoint = f"it-bs-{secrets.token_hex(4)}"
        status, _, body = self.post(endpoint, self.config())
        self.assertEqual(status, 200, body)
        try:
            stored = sb.get_json(f"{self.rest}/api/bootstrap")[endpoint]
            self.assertEqual(stored["servers"]["0"]["shortId"], 123)
            self.assertEqual(stored["servers"]["0"]["binding"], "U")
            self.assertEqual(stored["security"]["1"]["securityMode"], "PSK")
            self.assertEqual(stored["security"]["1"]["publicKeyOrId"], list(b"dev-id"))
            self.assertEqual(stored["security"]["1"]["secretKey"], [0, 1, 2, 255])
        finally:
            status, _, body = sb.http_request(f"{self.rest}/api/bootstrap/{endpoint}", method="DELETE")
        self.assertEqual(status, 204, body)
        self.assertNotIn(endpoint, sb.get_json(f"{self.rest}/api/bootstrap"))
        status, _, _ = sb.http_request(f"{self.rest}/api/bootstrap/{endpoint}", method="DELETE")
        self.assertEqual(status, 404)

    def test_invalid_config_is_refused(self):
        config = self.config()
        config["servers"]["0"]["shortId"] = 0  # Leshan's ConfigurationChecker rejects short id 0
        endpoint = f"it-bs-{secrets.token_hex(4)}"
        status, _, _ = self.post(endpoint, config)
        self.assertEqual(status, 400)
        self.assertNotIn(endpoint, sb.get_json(f"{self.rest}/api/bootstrap"))

    def test_security_clients_round_trip(self):
        endpoint = f"it-bs-{secrets.token_hex(4)}"
        info = {"endpoint": endpoint, "psk": {"identity": f"{endpoint}-id", "key": "00112233"}}
        status, _, body = sb.http_request(f"{self.rest}/api/security/clients/", method="PUT",
                                          body=json.dumps(info).encode(),
                                          headers={"Content-Type": "application/json"})
        self.assertEqual(status, 200, body)
        try:
            self.assertIn(info, sb.get_json(f"{self.rest}/api/security/clients"))
        finally:
            status, _, _ = sb.http_request(f"{self.rest}/api/security/clients/{endpoint}", method="DELETE")
        self.assertEqual(status, 200)
        self.assertNotIn(info, sb.get_json(f"{self.rest}/api/security/clients"))


class MosquittoTest(unittest.TestCase):
    def round_trip(self, listener):
        topic = f"fleetdesk/it/{listener}/{secrets.token_hex(4)}"
        payload = secrets.token_hex(8)
        received = sb.mqtt_round_trip(sb.mqtt_args(SANDBOX, listener), topic, payload)
        self.assertEqual(received, [f"{topic} {payload}"])

    def test_admin_round_trip_over_plain(self):
        self.round_trip("plain")

    def test_admin_round_trip_over_tls_with_ca_verification(self):
        self.round_trip("tls")

    def test_psk_identity_round_trip_over_tls_psk(self):
        self.round_trip("psk")

    def assert_refused(self, result):
        self.assertNotEqual(result.returncode, 0, result)
        self.assertIn("not authorised", (result.stdout + result.stderr).lower())

    def test_wrong_password_is_refused_over_plain(self):
        self.assert_refused(sb.mqtt_publish(sb.mqtt_args(SANDBOX, "plain", password="wrong-password"),
                                            "fleetdesk/it/refused", "x"))

    def test_wrong_password_is_refused_over_tls(self):
        self.assert_refused(sb.mqtt_publish(sb.mqtt_args(SANDBOX, "tls", password="wrong-password"),
                                            "fleetdesk/it/refused", "x"))

    def test_tls_listener_is_verified_against_the_sandbox_ca(self):
        args = sb.mqtt_args(SANDBOX, "tls")
        args[args.index("--cafile") + 1] = "/etc/ssl/certs/ca-certificates.crt"  # system CAs: must not verify
        result = sb.mqtt_publish(args, "fleetdesk/it/untrusted", "x")
        self.assertNotEqual(result.returncode, 0, result)

    def test_wrong_psk_is_refused(self):
        args = sb.mqtt_args(SANDBOX, "psk")
        key_index = args.index("--psk") + 1
        args[key_index] = ("0" if args[key_index][0] != "0" else "1") + args[key_index][1:]
        result = sb.mqtt_publish(args, "fleetdesk/it/refused", "x")
        self.assertNotEqual(result.returncode, 0, result)

    def test_psk_account_cannot_log_in_with_a_password(self):
        identity = Path(SANDBOX["mqtt"]["psk_identity_file"]).read_text().strip()
        args = sb.mqtt_args(SANDBOX, "plain")
        args[args.index("-u") + 1] = identity
        args[args.index("-P") + 1] = ""
        self.assert_refused(sb.mqtt_publish(args, "fleetdesk/it/refused", "x"))


class FirmwareServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.content = secrets.token_bytes(64 * 1024 + 17)
        cls.name = f"it-{secrets.token_hex(4)}.bin"
        cls.path = Path(SANDBOX["firmware"]["dir"]) / cls.name
        cls.path.write_bytes(cls.content)
        cls.addClassCleanup(cls.path.unlink)

    def get(self, scheme, **kwargs):
        return sb.http_request(f"{SANDBOX['firmware'][scheme]}/{self.name}", **kwargs)

    def test_http_serves_the_file(self):
        status, _, body = self.get("http")
        self.assertEqual(status, 200)
        self.assertEqual(body, self.content)

    def test_https_serves_the_file_verified_with_the_sandbox_ca(self):
        status, _, body = self.get("https", cafile=SANDBOX["mqtt"]["ca_file"])
        self.assertEqual(status, 200)
        self.assertEqual(body, self.content)

    def test_https_certificate_is_not_trusted_without_the_sandbox_ca(self):
        with self.assertRaises(Exception) as raised:
            self.get("https", context=ssl.create_default_context())
        self.assertIn("CERTIFICATE_VERIFY_FAILED", str(raised.exception))

    def test_range_request_gets_206(self):
        for scheme, kwargs in (("http", {}), ("https", {"cafile": SANDBOX["mqtt"]["ca_file"]})):
            with self.subTest(scheme=scheme):
                status, headers, body = self.get(scheme, headers={"Range": "bytes=1000-1999"}, **kwargs)
                self.assertEqual(status, 206)
                self.assertEqual(headers["Content-Range"], f"bytes 1000-1999/{len(self.content)}")
                self.assertEqual(body, self.content[1000:2000])

    def test_open_ended_and_unsatisfiable_ranges(self):
        status, headers, body = self.get("http", headers={"Range": f"bytes={len(self.content) - 10}-"})
        self.assertEqual(status, 206)
        self.assertEqual(body, self.content[-10:])
        status, headers, _ = self.get("http", headers={"Range": f"bytes={len(self.content)}-"})
        self.assertEqual(status, 416)
        self.assertEqual(headers["Content-Range"], f"bytes */{len(self.content)}")


class DescriptionTest(unittest.TestCase):
    def test_schema(self):
        self.assertEqual(SANDBOX["version"], 1)
        for section, keys in {"mqtt": ("plain", "tls", "psk", "ca_file", "admin"),
                              "leshan": ("rest", "coap", "coaps"), "bootstrap": ("rest", "coap"),
                              "firmware": ("http", "https", "dir"), "sim": ("lwm2m_devices", "mqtt_devices")}.items():
            for key in keys:
                self.assertIn(key, SANDBOX[section], f"{section}.{key}")
        self.assertTrue(SANDBOX["mqtt"]["plain"].startswith("mqtt://127.0.0.1:"))
        self.assertTrue(Path(SANDBOX["mqtt"]["ca_file"]).is_absolute())
        self.assertEqual(os.stat(SANDBOX["mqtt"]["admin"]["password_file"]).st_mode & 0o777, 0o600)
        self.assertEqual(set(SANDBOX["pids"]), {"mosquitto", "leshan", "bootstrap", "firmware", "sim"})
        for service, pid in SANDBOX["pids"].items():
            self.assertTrue(sb.pid_running(pid), f"{service} pid {pid} is not running")


if __name__ == "__main__":
    unittest.main(verbosity=2)
