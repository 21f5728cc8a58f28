#!/usr/bin/env python3
"""MQTT ingest benchmarks against a throwaway mosquitto (max_queued_messages 0, loopback only).

mqtt_ingest_ratio: P `mosquitto_pub -l` publishers (one topic each) flood P x M small messages at once,
faster than one subscriber takes them; the time `mosquitto_sub` needs to receive all of them divided by
the time `fleetdesk-cli mqtt sub --stats` needs (the window's full ingest pipeline: topic store and
history in telemetry.db). Both clocks start when the flood starts; rounds alternate and the medians
are compared, all in this one run.

mqtt_rss_bytes_per_topic: `fleetdesk-cli mqtt sub` (same pipeline) receives one message on each of
100,000 distinct topics (published by a minimal MQTT 3.1.1 client in this script: mosquitto_pub has one
topic per process); (peak RSS during ingest - RSS when subscribed) / topics.

usage: bench_mqtt_ingest.py FLEETDESK_CLI [PUBLISHERS] [MESSAGES_PER_PUBLISHER] [ROUNDS]
"""
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, deadline_s=10):
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    sys.exit(f"mosquitto did not listen on {port}")


def wait_for_text(path, text, proc, deadline_s=20):
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if text in Path(path).read_text(errors="replace"):
            return
        if proc.poll() is not None:
            sys.exit(f"subscriber ended early: {Path(path).read_text(errors='replace')}")
        time.sleep(0.01)
    sys.exit(f"no '{text}' from the subscriber within {deadline_s} s")


def flood(port, lines_file, publishers):
    return [subprocess.Popen(["mosquitto_pub", "-h", "127.0.0.1", "-p", str(port), "-t", f"bench/{i}/value",
                              "-l"], stdin=open(lines_file, "rb"), stdout=subprocess.DEVNULL)
            for i in range(publishers)]


def timed_receive(sub_cmd, client_id, broker_log, port, lines_file, publishers, work, name):
    """Starts the subscriber (output to /dev/null, its fastest), waits until the broker logs its
    subscription, floods; returns the seconds from the start of the flood to the subscriber's exit."""
    err = work / f"{name}.err"
    with open(err, "w") as errf:
        sub = subprocess.Popen(sub_cmd, stdout=subprocess.DEVNULL, stderr=errf)
        end = time.monotonic() + 20
        while f" {client_id} 0 bench/#" not in broker_log.read_text(errors="replace"):
            if time.monotonic() > end or sub.poll() is not None:
                sys.exit(f"{name}: not subscribed: {err.read_text(errors='replace')}")
            time.sleep(0.01)
        start = time.monotonic()
        pubs = flood(port, lines_file, publishers)
        code = sub.wait(timeout=600)
        elapsed = time.monotonic() - start
        for p in pubs:  # every message arrived; a publisher that hangs on its way out is ended
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
    if code != 0:
        sys.exit(f"{name} failed ({code}): {err.read_text()}")
    return elapsed


def mqtt_packet(kind, body):
    length, encoded = len(body), bytearray()
    while True:
        byte, length = length % 128, length // 128
        encoded.append(byte | (0x80 if length else 0))
        if not length:
            break
    return bytes([kind]) + bytes(encoded) + body


def utf8(s):
    b = s.encode()
    return len(b).to_bytes(2, "big") + b


def publish_distinct_topics(port, count):
    """A minimal MQTT 3.1.1 publisher: CONNECT, then `count` QoS 0 PUBLISH packets on distinct topics."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(mqtt_packet(0x10, utf8("MQTT") + bytes([4, 2, 0, 60]) + utf8("bench-topics")))
    if sock.recv(4)[:2] != b"\x20\x02":
        sys.exit("no CONNACK")
    chunk = bytearray()
    for i in range(count):
        chunk += mqtt_packet(0x30, utf8(f"rss/site{i % 100}/device{i}/temperature") + b"21.5")
        if len(chunk) > 65536:
            sock.sendall(chunk)
            chunk.clear()
    sock.sendall(chunk + b"\xe0\x00")  # DISCONNECT
    sock.close()


def rss_bytes(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def main():
    cli = sys.argv[1]
    publishers = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    per_publisher = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    total = publishers * per_publisher
    work = Path(tempfile.mkdtemp(prefix="fd-bench-mqtt-"))
    port = free_port()
    conf = work / "mosquitto.conf"
    broker_log = work / "mosquitto.log"
    broker_log.touch()
    conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\nmax_queued_messages 0\n"
                    "persistence false\nlog_dest stdout\nlog_type subscribe\n")
    # The log goes to stdout, into a file we own (mosquitto drops root privileges before opening files).
    broker = subprocess.Popen(["stdbuf", "-oL", "mosquitto", "-c", str(conf)], stdout=open(broker_log, "wb"),
                              stderr=subprocess.STDOUT)
    try:
        wait_port(port)
        lines_file = work / "lines.txt"
        lines_file.write_text("".join(f"{{\"seq\":{i},\"v\":{i % 97}}}\n" for i in range(per_publisher)))
        url = f"mqtt://127.0.0.1:{port}"
        mosq, fleet = [], []
        for r in range(rounds):
            mosq.append(timed_receive(["mosquitto_sub", "-h", "127.0.0.1", "-p", str(port), "-t", "bench/#",
                                       "-C", str(total), "-i", f"bench-mosq-{r}"], f"bench-mosq-{r}", broker_log,
                                      port, lines_file, publishers, work, f"mosquitto_sub-{r}"))
            fleet.append(timed_receive([cli, "--db", str(work / f"fleet-{r}.db"), "--json", "--timeout", "60",
                                        "mqtt", "sub", "--broker", url, "--topic", "bench/#", "--count",
                                        str(total), "--stats", "--client-id", f"bench-fd-{r}"], f"bench-fd-{r}",
                                       broker_log, port, lines_file, publishers, work, f"fleetdesk-{r}"))
        m, f = statistics.median(mosq), statistics.median(fleet)
        print(f"# {total} messages on {publishers} topics; mosquitto_sub {['%.2f' % x for x in mosq]} s, "
              f"fleetdesk-cli {['%.2f' % x for x in fleet]} s")
        print(f"BENCH mqtt_ingest_ratio {m / f:.2f} x goal >= 0.9")
        print(f"BENCH mqtt_ingest_msgs_per_s {total / f:.0f} msg/s goal >= {0.9 * total / m:.0f}")

        topics = 100000
        err = work / "rss.err"
        with open(err, "w") as errf:
            sub = subprocess.Popen([cli, "--db", str(work / "rss.db"), "--json", "--timeout", "120", "mqtt", "sub",
                                    "--broker", url, "--topic", "rss/#", "--count", str(topics), "--stats"],
                                   stdout=subprocess.DEVNULL, stderr=errf)
            wait_for_text(err, "subscribed to", sub)
            base = rss_bytes(sub.pid)
            peak = base
            publish_distinct_topics(port, topics)
            while sub.poll() is None:
                try:
                    peak = max(peak, rss_bytes(sub.pid))
                except (FileNotFoundError, ProcessLookupError):
                    break
                time.sleep(0.02)
        print(f"# RSS subscribed {base / 1e6:.1f} MB, peak with {topics} topics {peak / 1e6:.1f} MB")
        print(f"BENCH mqtt_rss_bytes_per_topic {(peak - base) / topics:.0f} B goal <= 1024")
    finally:
        broker.terminate()
        broker.wait(timeout=10)


if __name__ == "__main__":
    main()
