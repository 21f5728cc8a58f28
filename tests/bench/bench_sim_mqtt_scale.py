#!/usr/bin/env python3
"""sim_mqtt_devices_online / sim_mqtt_threads: one simulator process runs N (default 5,000) MQTT devices
against a throwaway mosquitto (anonymous, loopback, its own port); a mosquitto_sub counts the distinct
births (fd/v1/<id>/status online) until all N arrived, then the simulator's JVM thread count is read from
/proc. The devices share a few Netty event loops (docs/sim.md "MQTT devices"), so the thread count stays
flat however many devices there are. Not part of ctest; tests/bench/run calls it.

usage: bench_sim_mqtt_scale.py [DEVICES]          (jars: tests/sandbox/sandbox builds them, or
                                                    FLEETDESK_SANDBOX_JAVA_BUILD_DIR names a build)
"""
import os
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
JAVA_HOME = Path(os.environ.get("FLEETDESK_SANDBOX_JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64"))
JAVA_BUILD_DIR = Path(os.environ.get("FLEETDESK_SANDBOX_JAVA_BUILD_DIR", REPO / "build" / "sandbox-java"))
SIM_JAR = JAVA_BUILD_DIR / "sim" / "fleetdesk-lwm2m-sim.jar"
DEADLINE_S = float(os.environ.get("BENCH_DEADLINE_S", "180"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proc_status(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return line.split()[1]
    return None


def build_jars():
    """The sandbox's own build step (offline first), so the bench runs what the sandbox runs."""
    sys.path.insert(0, str(REPO / "tests" / "sandbox"))
    import importlib.machinery
    import importlib.util
    loader = importlib.machinery.SourceFileLoader("sandbox_cmd", str(REPO / "tests" / "sandbox" / "sandbox"))
    spec = importlib.util.spec_from_loader("sandbox_cmd", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    log = Path(tempfile.gettempdir()) / "fd-bench-sim-mqtt-maven.log"
    module.ensure_java_build(log)


def main():
    devices = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    build_jars()
    work = Path(tempfile.mkdtemp(prefix="fd-bench-sim-mqtt-"))
    procs = []
    try:
        port = free_port()
        (work / "mosquitto.conf").write_text(
            f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 100000\n"
            "log_dest stderr\nlog_type error\nlog_type warning\n")
        mosquitto = subprocess.Popen(["/usr/sbin/mosquitto", "-c", str(work / "mosquitto.conf")],
                                     stdout=subprocess.DEVNULL, stderr=open(work / "mosquitto.log", "wb"))
        procs.append(mosquitto)
        end = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > end:
                    raise SystemExit("bench: mosquitto did not start")
                time.sleep(0.05)
        # Count births with an independent subscriber, subscribed before the simulator starts.
        sub = subprocess.Popen(["stdbuf", "-oL", "mosquitto_sub", "-p", str(port), "-t", "fd/v1/+/status", "-q", "1",
                                "-F", "%t %p", "-d"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, bufsize=0)
        procs.append(sub)
        buffer = b""
        while b"Subscribed" not in buffer:
            ready, _, _ = select.select([sub.stdout], [], [], 10)
            if not ready:
                raise SystemExit("bench: mosquitto_sub did not subscribe")
            buffer += os.read(sub.stdout.fileno(), 65536)
        heap_mb = 128 + devices // 16
        argv = [str(JAVA_HOME / "bin" / "java"), f"-Xmx{heap_mb}m", "-XX:+UseSerialGC", "-cp",
                f"{SIM_JAR}:{SIM_JAR.parent}/lib/*", "org.fleetdesk.sim.SimMain", "--count", "0",
                "--mqtt-broker", f"mqtt://127.0.0.1:{port}", "--mqtt-devices", str(devices),
                "--mqtt-v311-share", "0.2", "--seed", "1", "--time-scale", "10"]
        started = time.monotonic()
        sim = subprocess.Popen(argv, cwd=work, stdout=open(work / "sim.log", "wb"), stderr=subprocess.STDOUT)
        procs.append(sim)
        online = set()
        buffer = buffer.split(b"\n")[-1]
        while len(online) < devices:
            if sim.poll() is not None:
                raise SystemExit(f"bench: the simulator exited ({sim.returncode}); see {work}/sim.log")
            remaining = started + DEADLINE_S - time.monotonic()
            if remaining <= 0:
                raise SystemExit(f"bench: only {len(online)} of {devices} births within {DEADLINE_S} s")
            ready, _, _ = select.select([sub.stdout], [], [], min(remaining, 1))
            if ready:
                buffer += os.read(sub.stdout.fileno(), 1 << 20)
                *lines, buffer = buffer.split(b"\n")
                for line in lines:
                    if line.startswith(b"fd/v1/") and b'"state":"online"' in line:
                        online.add(line.split(b"/", 3)[2])
        all_online_s = time.monotonic() - started
        time.sleep(5)  # a few ticks of steady state (attributes/telemetry timers running) before counting
        threads = int(proc_status(sim.pid, "Threads"))
        groups = {}
        for task in os.listdir(f"/proc/{sim.pid}/task"):
            with open(f"/proc/{sim.pid}/task/{task}/comm") as f:
                name = f.read().strip().rstrip("0123456789").rstrip("-# ") or "?"
            groups[name] = groups.get(name, 0) + 1
        print("# threads by name: " + ", ".join(f"{n} {c}" for n, c in sorted(groups.items(), key=lambda x: -x[1])))
        rss_mb = int(proc_status(sim.pid, "VmRSS")) / 1024
        print(f"# {devices} MQTT devices (20 % on 3.1.1) in one JVM (-Xmx{heap_mb}m, SerialGC): all births in "
              f"{all_online_s:.1f} s, RSS {rss_mb:.0f} MiB ({rss_mb * 1024 / devices:.0f} KiB per device)")
        print(f"BENCH sim_mqtt_devices_online {len(online)} devices goal >= {devices}")
        print(f"BENCH sim_mqtt_threads {threads} threads goal <= 64")
        print(f"BENCH sim_mqtt_all_online_s {all_online_s:.1f} s goal <= 60")
        return 0 if len(online) >= devices and threads <= 64 else 1
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
