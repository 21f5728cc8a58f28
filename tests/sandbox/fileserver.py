#!/usr/bin/env python3
"""Static file server for the FleetDesk sandbox's firmware downloads (stdlib only).

Serves one directory over HTTP and, when a certificate is given, over HTTPS, from one process
(two ThreadingHTTPServers). Supports single byte-range requests (``Range: bytes=a-b``, ``a-``,
``-n``) with ``206 Partial Content`` and ``Content-Range``, answers unsatisfiable ranges with 416,
and advertises ``Accept-Ranges: bytes``. Multi-range requests get the whole file (200), which
RFC 9110 allows.

    fileserver.py --dir DIR --bind 127.0.0.1 --http-port P [--https-port P --cert CRT --key KEY]
"""

import argparse
import email.utils
import functools
import http.server
import os
import re
import signal
import ssl
import sys
import threading

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class _LimitedReader:
    """File-like object that reads at most ``remaining`` bytes from ``f`` (for copyfileobj)."""

    def __init__(self, f, remaining):
        self._f = f
        self._remaining = remaining

    def read(self, size=-1):
        if self._remaining <= 0:
            return b""
        if size < 0 or size > self._remaining:
            size = self._remaining
        data = self._f.read(size)
        self._remaining -= len(data)
        return data

    def close(self):
        self._f.close()


class RangeRequestHandler(http.server.SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler plus single byte-range support."""

    protocol_version = "HTTP/1.1"
    server_version = "FleetDeskSandboxFileServer/1"

    def end_headers(self):
        self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def send_head(self):
        range_header = self.headers.get("Range")
        path = self.translate_path(self.path)
        if range_header is None or not os.path.isfile(path):
            return super().send_head()
        match = _RANGE.match(range_header.strip())
        if match is None or match.group(1) == match.group(2) == "":
            return super().send_head()  # multi-range or malformed: ignore Range, send everything
        try:
            f = open(path, "rb")
        except OSError:
            self.send_error(404, "File not found")
            return None
        try:
            size = os.fstat(f.fileno()).st_size
            first, last = match.group(1), match.group(2)
            if first == "":  # suffix range: the last N bytes
                length = min(int(last), size)
                start, end = size - length, size - 1
            else:
                start = int(first)
                end = min(int(last), size - 1) if last != "" else size - 1
            if start >= size or end < start:
                f.close()
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            f.seek(start)
            self.send_response(206)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
            self.send_header("Content-Length", str(end - start + 1))
            mtime = os.fstat(f.fileno()).st_mtime
            self.send_header("Last-Modified", email.utils.formatdate(mtime, usegmt=True))
            self.end_headers()
            return _LimitedReader(f, end - start + 1)
        except Exception:
            f.close()
            raise


def _serve(server):
    server.serve_forever(poll_interval=0.5)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", required=True, help="directory to serve")
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--http-port", type=int, required=True)
    parser.add_argument("--https-port", type=int)
    parser.add_argument("--cert", help="PEM certificate (chain) for HTTPS")
    parser.add_argument("--key", help="PEM private key for HTTPS")
    args = parser.parse_args()
    if args.https_port is not None and not (args.cert and args.key):
        parser.error("--https-port needs --cert and --key")

    handler = functools.partial(RangeRequestHandler, directory=os.path.abspath(args.dir))
    servers = [http.server.ThreadingHTTPServer((args.bind, args.http_port), handler)]
    if args.https_port is not None:
        https = http.server.ThreadingHTTPServer((args.bind, args.https_port), handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        # The handshake runs in the request thread, so a slow client cannot block accept().
        https.socket = context.wrap_socket(https.socket, server_side=True, do_handshake_on_connect=False)
        servers.append(https)
    for server in servers:
        server.daemon_threads = True

    def stop(signum, frame):
        for server in servers:
            threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    threads = [threading.Thread(target=_serve, args=(s,), name=f"serve-{i}") for i, s in enumerate(servers)]
    for t in threads:
        t.start()
    ports = ", ".join(f"{'https' if i else 'http'}://{args.bind}:{s.server_address[1]}" for i, s in enumerate(servers))
    print(f"serving {os.path.abspath(args.dir)} at {ports}", file=sys.stderr, flush=True)
    for t in threads:
        t.join()
    for server in servers:
        server.server_close()


if __name__ == "__main__":
    main()
