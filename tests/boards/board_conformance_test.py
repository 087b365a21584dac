"""Conformance scripts run on an emulated board through its raw REPL, as a tool runs them.

Each script runs after a soft reset (a fresh interpreter, as mpremote's `run` gives) and passes
when its output equals CPython's for the same script (or its .exp file, for MicroPython's
deliberate differences), and it raises exactly when CPython's run fails; or when it ends in
MemoryError having printed the beginning of that output (a board's heap is small). A board that stops
answering is restarted, and the script counts as failed.

    board_conformance_test.py --timeout 60 --launcher node run_rp2040.js rp2040.uf2 -- scripts...
"""

import argparse
import os
import sys
import time

from board_repl import BoardRepl, console_text
from expected import expected_output


def ran_out_of_memory(output, errors, expected):
    """A board's heap is a few hundred KiB: a script may run out of it, as in the host's
    16 KiB-heap runs, but only after printing the beginning of what it should print."""
    lines = console_text(errors).decode("utf-8", "replace").strip().splitlines()
    return bool(lines) and lines[-1].startswith("MemoryError") and expected.startswith(output)


def start(launcher, timeout):
    repl = BoardRepl(launcher, timeout)
    repl.read_banner()
    repl.enter_raw_repl()
    return repl


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeout", type=float, default=30,
                        help="seconds any one reply (or script) may take")
    parser.add_argument("--launcher", nargs="+", required=True,
                        help="the emulator's command line, up to --")
    parser.add_argument("scripts", nargs="+")
    args = parser.parse_args()
    # The .exp files come along in the same list; they are found beside their scripts.
    scripts = sorted(os.path.abspath(s) for s in args.scripts if s.endswith(".py"))
    failures = []
    started = time.monotonic()
    repl = start(args.launcher, args.timeout)
    try:
        for script in scripts:
            with open(script, "rb") as f:
                code = f.read()
            expected, should_raise = expected_output(script)
            try:
                repl.soft_reset_raw()
                output, errors = repl.execute(code)
            except AssertionError as problem:
                output, errors = b"", str(problem).encode()
                repl.close()
                repl = start(args.launcher, args.timeout)
            output = console_text(output)
            if output == b"SKIP\n":
                print("SKIP", script)
                continue
            if output == expected and bool(errors) == should_raise:
                print("PASS", script)
                continue
            if ran_out_of_memory(output, errors, expected):
                print("PASS %s (MemoryError, the board's heap is too small for it)" % script)
                continue
            failures.append(script)
            print("FAIL %s\nexpected:\n%s\ngot:\n%s\nerrors:\n%s" % (
                script, expected.decode("utf-8", "replace"), output.decode("utf-8", "replace"),
                console_text(errors).decode("utf-8", "replace")))
    finally:
        repl.close()
    print("%d passed, %d failed in %.0f s" % (len(scripts) - len(failures), len(failures),
                                               time.monotonic() - started))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
