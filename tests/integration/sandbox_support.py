"""Helpers for the sandbox integration tests (stdlib only, plus the mosquitto_pub/mosquitto_sub CLIs).

Every wait here polls against a deadline; nothing sleeps blindly.
"""

import json
import os
import select
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
SANDBOX_SCRIPT = Path(os.environ.get("FLEETDESK_SANDBOX_SCRIPT", REPO / "tests" / "sandbox" / "sandbox"))

_NO_PROXY = urllib.request.ProxyHandler({})  # 127.0.0.1 must never go through an http_proxy from the env


def load_sandbox_json():
    """The sandbox description named by FLEETDESK_SANDBOX_JSON (set by the CTest fixture)."""
    path = os.environ.get("FLEETDESK_SANDBOX_JSON")
    if not path:
        raise SystemExit("FLEETDESK_SANDBOX_JSON is not set: run 'tests/sandbox/sandbox up --dir DIR' and point it "
                         "at DIR/sandbox.json")
    with open(path) as f:
        return json.load(f)


def http_request(url, method="GET", body=None, headers=None, cafile=None, context=None, timeout=10):
    """(status, headers, body bytes); HTTP errors are returned, not raised. https verifies certificates."""
    handlers = [_NO_PROXY]
    if url.startswith("https:"):
        handlers.append(urllib.request.HTTPSHandler(
            context=context or ssl.create_default_context(cafile=cafile)))
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def get_json(url, **kwargs):
    status, _, body = http_request(url, **kwargs)
    if status != 200:
        raise AssertionError(f"GET {url}: HTTP {status}: {body[:300]!r}")
    return json.loads(body)


def poll(condition, deadline_s, interval_s=0.2, what="condition"):
    """Call condition() until it returns a truthy value; return it, or fail after deadline_s."""
    end = time.monotonic() + deadline_s
    last = None
    while True:
        try:
            last = condition()
            if last:
                return last
        except Exception as e:  # service not answering yet
            last = e
        if time.monotonic() > end:
            raise AssertionError(f"{what} not met within {deadline_s} s (last: {last!r})")
        time.sleep(interval_s)


def host_port(url):
    parts = urlsplit(url)
    return parts.hostname, parts.port


def mqtt_args(description, listener, password=None):
    """mosquitto_pub/sub connection arguments for listener 'plain', 'tls' or 'psk'."""
    mqtt = description["mqtt"]
    host, port = host_port(mqtt[listener])
    args = ["-h", host, "-p", str(port), "-V", "mqttv311"]
    if listener == "psk":
        identity = Path(mqtt["psk_identity_file"]).read_text().strip()
        key = Path(mqtt["psk_key_file"]).read_text().strip()
        return args + ["--psk-identity", identity, "--psk", key]
    if password is None:
        password = Path(mqtt["admin"]["password_file"]).read_text().strip()
    args += ["-u", mqtt["admin"]["username"], "-P", password]
    if listener == "tls":
        args += ["--cafile", mqtt["ca_file"]]  # certificate and host name verification stay on
    return args


def mqtt_publish(conn_args, topic, payload, timeout=15):
    return subprocess.run(["mosquitto_pub", *conn_args, "-t", topic, "-m", payload, "-q", "1"],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)


def mqtt_round_trip(conn_args, topic, payload, deadline_s=15):
    """Subscribe, wait for the SUBACK, publish, and return what the subscriber printed ("topic payload").

    Raises AssertionError with the clients' output if the subscription or the publish fails.
    """
    # stdbuf: mosquitto_sub would otherwise block-buffer its output into the pipe until it exits.
    argv = ["stdbuf", "-oL", "mosquitto_sub", *conn_args, "-t", topic, "-q", "1", "-C", "1", "-W", "10", "-v", "-d"]
    sub = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, bufsize=0)
    try:
        seen = b""  # read the unbuffered pipe directly, so select() never misses buffered lines
        end = time.monotonic() + deadline_s
        while b"Subscribed (mid" not in seen:
            remaining = end - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"mosquitto_sub did not subscribe within {deadline_s} s:\n{seen.decode()}")
            ready, _, _ = select.select([sub.stdout], [], [], remaining)
            if ready:
                chunk = os.read(sub.stdout.fileno(), 4096)
                if not chunk:
                    sub.wait()
                    raise AssertionError(f"mosquitto_sub exited {sub.returncode} before subscribing:\n"
                                         f"{seen.decode()}")
                seen += chunk
        published = mqtt_publish(conn_args, topic, payload)
        if published.returncode != 0:
            raise AssertionError(f"mosquitto_pub failed ({published.returncode}): {published.stdout}{published.stderr}")
        rest, _ = sub.communicate(timeout=deadline_s)
        output = (seen + rest).decode()
        if sub.returncode != 0:
            raise AssertionError(f"mosquitto_sub exited {sub.returncode}:\n{output}")
        return [line for line in output.splitlines() if line.startswith(topic + " ")]
    finally:
        if sub.poll() is None:
            sub.kill()
            sub.wait()


def run_sandbox(*args, timeout=600):
    """Run tests/sandbox/sandbox with args; returns the CompletedProcess (output captured as text)."""
    return subprocess.run([str(SANDBOX_SCRIPT), *args], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=timeout)


def pid_running(pid):
    """True if pid exists and is not a zombie (a dead child not yet reaped by its parent)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            data = f.read()
    except FileNotFoundError:
        return False
    return data[data.rindex(")") + 2:].split()[0] != "Z"
