#!/usr/bin/env python3
"""campaign_overhead_pct: a firmware update campaign over N simulated MQTT devices (own sandbox, real
mosquitto, tests/sim/scenarios/campaign.json: install 20 s + reboot 10 s simulated at time scale 10), run by
`fleetdesk-cli campaign run` with FleetDesk's own firmware server.

    overhead = (total time − device time) / device time × 100,
    device time = Σ per-device delays / concurrency

A device's delay is measured on the broker, from the device's own messages: from its first `firmware`
message of the update (state 1, download started) to its `firmware` message with result 1 after it came
back on the new version (download, install, reboot, reconnect) — everything FleetDesk does not do.

Also prints FleetDesk's CPU time (user + system of the runner process) per device update.

usage: bench_campaign.py FLEETDESK_CLI [DEVICES] [CONCURRENCY]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "integration"))
sys.path.insert(0, str(REPO / "tests" / "sim"))
import fdfw  # noqa: E402
import sandbox_support as sb  # noqa: E402

SCENARIO = REPO / "tests" / "sim" / "scenarios" / "campaign.json"


def main():
    cli = sys.argv[1]
    devices = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    concurrency = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    scenario = json.loads(SCENARIO.read_text())
    model = scenario["models"][0]
    per_device = (model["install_s"] + scenario["reboot_downtime_s"]) / scenario["time_scale"]
    work = Path(tempfile.mkdtemp(prefix="fd-bench-campaign-"))
    box = work / "sandbox"
    try:
        up = sb.run_sandbox("up", "--dir", str(box), "--scenario", str(SCENARIO), "--lwm2m-devices", "1",
                            "--mqtt-devices", str(devices))
        if up.returncode != 0:
            sys.exit(f"sandbox up failed:\n{up.stderr}")
        desc = json.loads((box / "sandbox.json").read_text())
        db, profiles = work / "fleet.db", work / "profiles.json"

        def run(*args, **kw):
            r = subprocess.run([cli, "--db", str(db), "--profiles", str(profiles), *args], capture_output=True,
                               text=True, **kw)
            if r.returncode != 0:
                sys.exit(f"{args} failed: {r.stdout}{r.stderr}")
            return r

        mqtt = desc["mqtt"]
        run("profiles", "add", "bench-broker", "--kind", "mqtt", "--url", mqtt["plain"], "--username",
            mqtt["admin"]["username"], "--mqtt-version", "5", "--password-stdin",
            input=Path(mqtt["admin"]["password_file"]).read_text())
        run("sync", "--duration", "15", timeout=300)
        image = work / "LT-500-2.0.0.fdfw"
        image.write_bytes(fdfw.build("LT-500", "2.0.0", fdfw.demo_payload("LT-500", "2.0.0", 32 * 1024),
                                     desc["firmware"]["signing_key_file"]))
        run("firmware", "import", str(image))
        doc = {"version": 1, "name": "bench", "firmware": {"model": "LT-500", "version": "2.0.0"},
               "targets": {"query": "protocol:mqtt"}, "concurrency": concurrency, "device_timeout_s": 300,
               "retries": 0, "error_threshold": {"percent": 100}}
        (work / "c.json").write_text(json.dumps(doc))
        import socket
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        created = json.loads(run("campaign", "create", str(work / "c.json"), "--serve", f"127.0.0.1:{port}",
                                 "--no-sync", "--json", timeout=600).stdout)
        if created["eligible"] != devices:
            print(run("devices", "list", "--json").stdout[:1500], file=sys.stderr)
            sys.exit(f"expected {devices} eligible devices: {created}")
        # The devices' own messages, time-stamped as they arrive.
        import threading
        sub = subprocess.Popen(["mosquitto_sub", *sb.mqtt_args(desc, "plain"), "-v", "-t", "fd/v1/+/firmware"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        seen = []

        def read():
            for line in sub.stdout:
                seen.append((time.monotonic(), line))
        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        time.sleep(1)  # the retained messages of before the run arrive first; they are filtered below
        started = time.monotonic()
        proc = subprocess.Popen([cli, "--db", str(db), "--profiles", str(profiles), "campaign", "run",
                                 str(created["id"]), "--poll-ms", "50"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        total = time.monotonic() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            sys.exit(f"campaign run exited {proc.returncode}: {proc.stderr.read()[-2000:]}")
        import sqlite3
        with sqlite3.connect(db) as c:
            rows = c.execute("SELECT device_id, state, at FROM campaign_events WHERE device_id <> '' "
                             "ORDER BY id").fetchall()
        first, done = {}, {}
        for device_id, state, at in rows:
            if state == "downloading":
                first.setdefault(device_id, at)
            elif state == "succeeded":
                done[device_id] = at
        spans = sorted((done[d] - first[d]) / 1000 for d in done if d in first)
        if spans:
            print(f"# first command to reported version per device: median {spans[len(spans) // 2]:.2f} s, "
                  f"min {spans[0]:.2f} s, max {spans[-1]:.2f} s")
        sub.terminate()
        sub.wait()
        begin, end = {}, {}
        for at, line in seen:
            if at < started:
                continue
            topic, _, payload = line.partition(" ")
            device = topic.split("/")[2]
            try:
                msg = json.loads(payload)
            except ValueError:
                continue
            if msg.get("state") == 1:
                begin.setdefault(device, at)
            elif msg.get("state") == 0 and msg.get("result") == 1 and device in begin:
                end[device] = at
        delays = [end[d] - begin[d] for d in end]
        if len(delays) != devices:
            sys.exit(f"saw the whole update of {len(delays)} of {devices} devices on the broker")
        device_time = sum(delays) / concurrency
        print(f"# device delay (broker): mean {sum(delays) / len(delays):.2f} s, "
              f"configured {per_device:.2f} s + download and reconnect")
        overhead = (total - device_time) / device_time * 100
        cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000 / devices
        print(f"# {devices} MQTT devices, concurrency {concurrency}: "
              f"total {total:.1f} s, device time {device_time:.1f} s")
        print(f"BENCH campaign_overhead_pct {overhead:.1f} % goal <= 10")
        print(f"BENCH campaign_cpu_ms_per_device {cpu_ms:.2f} ms goal <= 50")
    finally:
        sb.run_sandbox("down", "--dir", str(box))
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
