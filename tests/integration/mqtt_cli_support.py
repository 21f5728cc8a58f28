"""Helpers for the fleetdesk-cli MQTT integration tests: run the CLI, and follow a running
`mqtt sub` (its JSON Lines on stdout, its notices on stderr) with deadlines, never blind sleeps.
"""
import json
import os
import selectors
import subprocess
import time

CLI = os.environ.get("FLEETDESK_CLI", "")
NO_DBUS = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/no-bus"}


def cli(*args, stdin=None, env=None, timeout=60):
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True, timeout=timeout,
                          env=full_env)


class Subscriber:
    """A running `fleetdesk-cli … mqtt sub`; collects stdout lines and stderr notices."""

    def __init__(self, *args, stdin=None, env=None):
        full_env = dict(os.environ)
        full_env.update(env or {})
        self.proc = subprocess.Popen([CLI, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=full_env)
        if stdin is not None:
            self.proc.stdin.write(stdin.encode())
        self.proc.stdin.close()
        self.out = b""
        self.err = b""
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.proc.stdout, selectors.EVENT_READ, "out")
        self.sel.register(self.proc.stderr, selectors.EVENT_READ, "err")

    def _pump(self, timeout):
        for key, _ in self.sel.select(timeout):
            chunk = os.read(key.fileobj.fileno(), 65536)
            if not chunk:
                self.sel.unregister(key.fileobj)
            elif key.data == "out":
                self.out += chunk
            else:
                self.err += chunk

    def notices(self):
        return self.err.decode(errors="replace").splitlines()

    def wait_for_notice(self, text, deadline_s, count=1):
        end = time.monotonic() + deadline_s
        while sum(text in line for line in self.notices()) < count:
            remaining = end - time.monotonic()
            if remaining <= 0 or (self.proc.poll() is not None and not self.sel.get_map()):
                raise AssertionError(f"no {count}× '{text}' within {deadline_s} s; stderr:\n"
                                     f"{self.err.decode(errors='replace')}\nstdout:\n{self.out.decode()}")
            self._pump(min(remaining, 0.5))

    def finish(self, deadline_s):
        """Wait for the exit; returns (exit code, [JSON objects on stdout])."""
        end = time.monotonic() + deadline_s
        while self.sel.get_map():
            remaining = end - time.monotonic()
            if remaining <= 0:
                self.kill()
                raise AssertionError(f"mqtt sub did not finish within {deadline_s} s; stderr:\n"
                                     f"{self.err.decode(errors='replace')}")
            self._pump(min(remaining, 0.5))
        code = self.proc.wait(timeout=max(1, end - time.monotonic()))
        self._close()
        return code, [json.loads(line) for line in self.out.decode().splitlines() if line.strip()]

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._close()

    def _close(self):
        self.sel.close()
        for stream in (self.proc.stdout, self.proc.stderr):
            if not stream.closed:
                stream.close()
