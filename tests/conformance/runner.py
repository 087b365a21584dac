"""Runs Python scripts with our interpreter and with CPython, and compares what they print.

Each script passes when our stdout and exit status equal CPython's (the Python running this
runner is the oracle). A `.exp` file beside a script holds the expected stdout instead, for the
places where MicroPython differs from CPython on purpose; the script must then exit with 0. A
script whose whole output is `SKIP` is skipped.

With --heapsize, our interpreter runs with that heap (-X heapsize=N), and a script also passes
when it ends with a MemoryError, having printed a beginning of the expected output: a small
heap may run out, but must never crash or print something wrong.

Each script runs in an empty temporary directory of its own (see run()).
"""

import argparse
import difflib
import os
import subprocess
import sys
import tempfile

TIMEOUT_SECONDS = 30


def run(command, script):
    """Returns (exit status, stdout, stderr); the status is None on a timeout.

    Each run starts in a new empty directory, which is removed afterwards: scripts that write
    files (tests/python/files) write them there, and never see another run's. The script's own
    directory stays sys.path[0], for the modules it imports.
    """
    with tempfile.TemporaryDirectory(dir=os.environ.get("TEST_TMPDIR")) as directory:
        try:
            completed = subprocess.run(
                command + [os.path.abspath(script)],
                cwd=directory,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                timeout=TIMEOUT_SECONDS,
            )
        except subprocess.TimeoutExpired:
            return None, b"", b"timed out after %d s" % TIMEOUT_SECONDS
    return completed.returncode, completed.stdout, completed.stderr


def describe_difference(expected, actual):
    lines = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile="expected",
        tofile="micropython",
    )
    return "".join(lines)


def ended_with_memory_error(status, stdout, stderr, expected_stdout):
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return (status == 1 and lines and lines[-1].startswith("MemoryError")
            and expected_stdout.startswith(stdout))


def check(micropython, script, heapsize=None):
    """Returns ("pass" | "fail" | "skip", details)."""
    command = [micropython] + (["-X", "heapsize=" + heapsize] if heapsize else [])
    status, stdout, stderr = run(command, script)
    if stdout == b"SKIP\n":
        return "skip", ""
    expected_file = script[:-3] + ".exp"
    if os.path.exists(expected_file):
        with open(expected_file, "rb") as f:
            expected_stdout = f.read()
        expected_status = 0
    else:
        expected_status, expected_stdout, _ = run([sys.executable], script)
    if status == expected_status and stdout == expected_stdout:
        return "pass", ""
    if heapsize and ended_with_memory_error(status, stdout, stderr, expected_stdout):
        return "pass", ""
    details = []
    if status != expected_status:
        details.append("exit status %s, expected %s" % (status, expected_status))
    if stdout != expected_stdout:
        details.append(describe_difference(expected_stdout, stdout))
    if stderr:
        details.append("stderr:\n" + stderr.decode("utf-8", "replace"))
    return "fail", "\n".join(details)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--micropython", required=True, help="the interpreter under test")
    parser.add_argument("--heapsize", help="run with -X heapsize=HEAPSIZE")
    parser.add_argument("scripts", nargs="+")
    args = parser.parse_args()
    micropython = os.path.abspath(args.micropython)
    counts = {"pass": 0, "fail": 0, "skip": 0}
    for script in sorted(args.scripts):
        outcome, details = check(micropython, script, args.heapsize)
        counts[outcome] += 1
        print("%s %s" % (outcome.upper(), script))
        if details:
            print(details)
    print("%d passed, %d failed, %d skipped" % (counts["pass"], counts["fail"], counts["skip"]))
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
