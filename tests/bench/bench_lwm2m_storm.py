#!/usr/bin/env python3
"""lwm2m_reg_storm_ratio: 1,000 simulated devices start at once; the time until all of them are online
in FleetDesk's fleet cache (a `fleetdesk-cli sync` connection following Leshan's event stream) divided
by the time until Leshan's /api/clients lists them all. Both clocks start at the same instant.

usage: bench_lwm2m_storm.py FLEETDESK_CLI [DEVICES]
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "integration"))
import sandbox_support as sb  # noqa: E402


def main():
    cli = sys.argv[1]
    devices = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    work = Path(tempfile.mkdtemp(prefix="fd-bench-storm-"))
    box = work / "sandbox"
    sync = None
    try:
        up = sb.run_sandbox("up", "--dir", str(box), "--lwm2m-devices", "1")
        if up.returncode != 0:
            sys.exit(f"sandbox up failed:\n{up.stderr}")
        desc = json.loads((box / "sandbox.json").read_text())
        leshan = desc["leshan"]["rest"]
        profiles, db = work / "profiles.json", work / "fleet.db"
        subprocess.run([cli, "--profiles", str(profiles), "profiles", "add", "leshan", "--kind", "lwm2m",
                        "--url", leshan], check=True, capture_output=True)
        events = work / "sync.jsonl"  # a file, not a pipe: 1,000 events must never block the writer
        with open(events, "w") as out:
            sync = subprocess.Popen([cli, "--db", str(db), "--profiles", str(profiles), "--json", "sync",
                                     "--duration", "600"], stdout=out, stderr=subprocess.DEVNULL)
        # Wait until the connection follows the event stream (first "synchronised" event).
        sb.poll(lambda: '"synchronised"' in events.read_text(), 60, what="sync connected")

        def cache_online():
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
                return c.execute("SELECT count(*) FROM devices WHERE health = 'online'").fetchone()[0]

        started = time.monotonic()
        restart = subprocess.Popen([str(sb.SANDBOX_SCRIPT), "restart", "sim", "--dir", str(box),
                                    "--lwm2m-devices", str(devices)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        t_leshan = t_fleet = None
        deadline = started + float(os.environ.get('BENCH_DEADLINE_S', '300'))
        while (t_leshan is None or t_fleet is None) and time.monotonic() < deadline:
            now = time.monotonic()
            if t_leshan is None and len(sb.get_json(leshan + "/api/clients", timeout=30)) >= devices:
                t_leshan = now - started
            if t_fleet is None and cache_online() >= devices:
                t_fleet = now - started
            time.sleep(0.05)
        restart.wait(timeout=300)
        if t_leshan is None or t_fleet is None:
            sys.exit(f"not all devices arrived: leshan {t_leshan}, fleet {t_fleet} "
                     f"(cache: {cache_online()} online)")
        print(f"BENCH lwm2m_reg_storm_leshan_s {t_leshan:.2f} s goal <= 60")
        print(f"BENCH lwm2m_reg_storm_fleet_s {t_fleet:.2f} s goal <= 72")
        print(f"BENCH lwm2m_reg_storm_ratio {t_fleet / t_leshan:.3f} x goal <= 1.2")
    finally:
        if sync:
            sync.terminate()
            sync.wait(timeout=30)
        sb.run_sandbox("down", "--dir", str(box))
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
