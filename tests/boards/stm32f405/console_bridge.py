"""Runs an emulator whose serial console is its stdin/stdout, and passes bytes both ways.

QEMU does not end when its standard input closes, so this bridge does: after the end of its
own input it forwards the emulator's output until that has been quiet for a while, then stops
the emulator. See run_qemu.sh for the use.

    python3 console_bridge.py -- COMMAND ARGS...
"""

import ctypes
import os
import select
import signal
import subprocess
import sys
import time

_PR_SET_PDEATHSIG = 1


def _die_with_parent():
    """In the child: the kernel kills it when the bridge dies, even by SIGKILL."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _write_all(fd, data):
    while data:
        written = os.write(fd, data)
        data = data[written:]


def bridge(command, linger_seconds):
    child = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        preexec_fn=_die_with_parent,
    )

    def stop(signum, frame):
        child.kill()
        child.wait()
        sys.exit(128 + signum)

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, stop)

    stdin = sys.stdin.buffer.fileno()
    stdout = sys.stdout.buffer.fileno()
    child_in = child.stdin.fileno()
    child_out = child.stdout.fileno()
    input_open = True
    input_closed_at = None
    last_output_at = None
    try:
        while True:
            readers = [child_out] + ([stdin] if input_open else [])
            timeout = None
            if not input_open:
                now = time.monotonic()
                deadline = min(
                    max(last_output_at, input_closed_at) + linger_seconds,
                    input_closed_at + 10 * linger_seconds,
                )
                if now >= deadline:
                    break
                timeout = deadline - now
            ready, _, _ = select.select(readers, [], [], timeout)
            if child_out in ready:
                data = os.read(child_out, 65536)
                if not data:
                    break  # the emulator ended
                _write_all(stdout, data)
                last_output_at = time.monotonic()
            if input_open and stdin in ready:
                data = os.read(stdin, 65536)
                if data:
                    try:
                        _write_all(child_in, data)
                    except BrokenPipeError:
                        break
                else:
                    input_open = False
                    input_closed_at = time.monotonic()
                    last_output_at = last_output_at or input_closed_at
    except BrokenPipeError:
        pass  # our reader went away
    finally:
        if child.poll() is None:
            child.kill()
        status = child.wait()
    # Killed by us: a normal end. Ended by itself: its status.
    return 0 if status < 0 else status


def main(argv):
    if len(argv) < 3 or argv[1] != "--":
        sys.stderr.write(__doc__)
        return 2
    linger = float(os.environ.get("QEMU_LINGER_SECONDS", "0.5"))
    return bridge(argv[2:], linger)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
