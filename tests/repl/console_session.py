"""A running interpreter driven byte by byte, as a terminal or a tool would drive it: over a pty
(the interpreter sees a terminal) or over pipes (with -X repl). Every read has a deadline, and
close() kills the child if it is still running, so a test fails instead of hanging."""

import os
import pty
import select
import signal
import subprocess
import time

TIMEOUT = 10


class Session:
    """transport: "pty" (binary on a terminal), "pipe" (binary with -X repl on pipes), or
    "command" (args is the whole command line, talked to over pipes: an emulator whose serial
    port is its stdin and stdout)."""

    def __init__(self, binary, transport="pty", args=()):
        self.buffer = b""
        self.process = None
        if transport == "command":
            self.process = subprocess.Popen(
                list(args),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                bufsize=0,
            )
            self.pid = self.process.pid
            self.read_fd = self.process.stdout.fileno()
            self.write_fd = self.process.stdin.fileno()
        elif transport == "pty":
            pid, fd = pty.fork()
            if pid == 0:
                try:
                    os.execv(binary, [binary, *args])
                finally:
                    os._exit(127)
            self.pid, self.read_fd, self.write_fd = pid, fd, fd
        else:
            self.process = subprocess.Popen(
                [binary, "-X", "repl", *args],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                bufsize=0,
            )
            self.pid = self.process.pid
            self.read_fd = self.process.stdout.fileno()
            self.write_fd = self.process.stdin.fileno()

    def write(self, data):
        while data:
            data = data[os.write(self.write_fd, data):]

    def _fill(self, deadline, wanted):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError("timed out waiting for %s; got %r" % (wanted, self.buffer))
        ready, _, _ = select.select([self.read_fd], [], [], remaining)
        if not ready:
            return
        try:
            chunk = os.read(self.read_fd, 4096)
        except OSError:  # a pty whose child has gone
            chunk = b""
        if not chunk:
            raise AssertionError("output ended waiting for %s; got %r" % (wanted, self.buffer))
        self.buffer += chunk

    def read_until(self, marker, timeout=TIMEOUT):
        """Everything up to and including the first `marker`."""
        deadline = time.monotonic() + timeout
        while marker not in self.buffer:
            self._fill(deadline, repr(marker))
        end = self.buffer.index(marker) + len(marker)
        data, self.buffer = self.buffer[:end], self.buffer[end:]
        return data

    def read_exactly(self, n, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while len(self.buffer) < n:
            self._fill(deadline, "%d bytes" % n)
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def pending(self, wait=0.2):
        """Whatever arrives within `wait` seconds (for checking that nothing does)."""
        deadline = time.monotonic() + wait
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self.read_fd], [], [], remaining)[0]:
                break
            try:
                chunk = os.read(self.read_fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            self.buffer += chunk
        data, self.buffer = self.buffer, b""
        return data

    def wait_exit(self, timeout=TIMEOUT):
        """The exit code, once the program has ended."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.pid = None
                return os.waitstatus_to_exitcode(status)
            time.sleep(0.02)
        raise AssertionError("the program did not exit")

    def close(self):
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.pid = None
        if self.process is not None:
            if self.process.returncode is None:
                self.process.returncode = -9  # reaped above; Popen must not wait again
            self.process.stdin.close()
            self.process.stdout.close()
        else:
            os.close(self.read_fd)
