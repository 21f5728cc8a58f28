#!/usr/bin/env python3
"""Soak (not in tests/bench/run; takes MINUTES + 1 minutes): mqtt_rss_growth_ratio.

A throwaway mosquitto; a minimal MQTT 3.1.1 publisher sends a steady RATE messages/s spread over TOPICS
topics (JSON payloads, values changing); `fleetdesk-cli mqtt sub --duration` (the window's ingest
pipeline, history in telemetry.db) takes them. RSS after MINUTES minutes / RSS after 2 minutes. A bounded
pipeline levels off once every topic is known and every history ring is full: goal <= 1.1.

usage: mqtt_soak.py FLEETDESK_CLI [MINUTES=10] [RATE=2000] [TOPICS=10000]
"""
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_mqtt_ingest import free_port, mqtt_packet, rss_bytes, utf8, wait_port  # noqa: E402


def publisher(port, rate, topics, stop):
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(mqtt_packet(0x10, utf8("MQTT") + bytes([4, 2, 0, 60]) + utf8("soak-publisher")))
    sock.recv(4)
    i, start = 0, time.monotonic()
    while not stop.is_set():
        due = int((time.monotonic() - start) * rate)
        chunk = bytearray()
        while i < due:
            chunk += mqtt_packet(0x30, utf8(f"soak/{i % topics}/state") + f'{{"seq":{i},"v":{i % 1000}}}'.encode())
            i += 1
        if chunk:
            sock.sendall(chunk)
        if i % 100 == 0:
            sock.sendall(b"\xc0\x00")  # PINGREQ keeps the session alive
        time.sleep(0.01)
    sock.close()


def main():
    cli = sys.argv[1]
    minutes = float(sys.argv[2]) if len(sys.argv) > 2 else 10
    rate = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    topics = int(sys.argv[4]) if len(sys.argv) > 4 else 10000
    work = Path(tempfile.mkdtemp(prefix="fd-soak-mqtt-"))
    port = free_port()
    conf = work / "mosquitto.conf"
    conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
    broker = subprocess.Popen(["mosquitto", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stop = threading.Event()
    try:
        wait_port(port)
        err = work / "sub.err"
        sub = subprocess.Popen([cli, "--db", str(work / "fleet.db"), "--json", "mqtt", "sub", "--broker",
                                f"mqtt://127.0.0.1:{port}", "--topic", "soak/#", "--duration",
                                str(int(minutes * 60 + 60)), "--stats"], stdout=subprocess.DEVNULL,
                               stderr=open(err, "w"))
        deadline = time.monotonic() + 20
        while "subscribed to" not in err.read_text():
            if time.monotonic() > deadline or sub.poll() is not None:
                sys.exit(f"not subscribed: {err.read_text()}")
            time.sleep(0.05)
        threading.Thread(target=publisher, args=(port, rate, topics, stop), daemon=True).start()
        start = time.monotonic()
        time.sleep(120)  # a soak run measures at fixed times: waiting is the point here
        at2 = rss_bytes(sub.pid)
        time.sleep(max(0, minutes * 60 - (time.monotonic() - start)))
        at_end = rss_bytes(sub.pid)
        print(f"# {rate} msg/s over {topics} topics; RSS {at2 / 1e6:.1f} MB at 2 min, "
              f"{at_end / 1e6:.1f} MB at {minutes:g} min")
        print(f"BENCH mqtt_rss_growth_ratio {at_end / at2:.3f} x goal <= 1.1")
        stop.set()
        sub.terminate()
        sub.wait(timeout=30)
    finally:
        stop.set()
        broker.terminate()
        broker.wait(timeout=10)


if __name__ == "__main__":
    main()
