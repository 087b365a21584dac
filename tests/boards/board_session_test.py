"""One emulated board, driven over its serial port as a user's tool drives it.

Boots the image, waits for the banner, uses the friendly REPL (an expression, Ctrl-C stopping a
loop, paste mode, input(), a soft reset with Ctrl-D), then enters the raw REPL and runs the
scripts given: each one's output must equal CPython's for the same script, or the .exp file
beside it where a board differs on purpose (the script says why); a .err file holds the
traceback a script must end with. Then checks what the board says about itself (sys, os, gc,
machine, time), soft-resets in the raw REPL and leaves it for the banner again.

    board_session_test.py --timeout 60 --platform rp2 --machine "... with RP2040" \\
        --launcher node run_rp2040.js rp2040.uf2 -- scripts...
"""

import argparse
import os
import sys
import time

from board_repl import BoardRepl, console_text
from expected import expected_output

# What the board must answer about itself; {platform} and {machine} come from the command line.
SELF_DESCRIPTION = b"""\
import sys, os, gc, machine, time
print(sys.platform)
u = os.uname()
print(u.sysname, u.machine)
print(gc.mem_free() > 32 * 1024, machine.freq() > 0)
t0 = time.ticks_ms()
time.sleep_ms(20)
print(20 <= time.ticks_diff(time.ticks_ms(), t0) < 1000)
print(type(machine.unique_id()) is bytes)
"""


def check(condition, message, transcript=b""):
    if not condition:
        raise AssertionError(message + ("\n" + repr(transcript) if transcript else ""))


def run_friendly_repl(repl, machine):
    started = time.monotonic()
    banner_machine = repl.read_banner()
    print("banner after %.1f s: %s" % (time.monotonic() - started, banner_machine))
    check(machine in banner_machine, "the banner names %r, not %r" % (banner_machine, machine))
    repl.write(b"6 * 7\r")
    check(repl.read_until(b">>> ") == b"6 * 7\r\n42\r\n>>> ", "6 * 7 at the prompt")
    # Ctrl-C stops running code with KeyboardInterrupt, and the REPL goes on.
    repl.write(b"while True: pass\r\r")
    repl.read_until(b"\r\n")  # the echo of the first line
    time.sleep(0.5)
    repl.write(b"\x03")
    text = repl.read_until(b">>> ")
    check(b"KeyboardInterrupt" in text, "Ctrl-C did not interrupt the loop", text)
    repl.write(b"'still here'\r")
    text = repl.read_until(b">>> ")
    check(b"'still here'" in text.split(b"\r\n", 1)[1], "the REPL after Ctrl-C", text)
    # Paste mode (Ctrl-E): lines taken as they are, run on Ctrl-D.
    repl.write(b"\x05")
    repl.read_until(b"paste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ")
    repl.write(b"def pasted():\r\n    return 6 * 7\r\nprint(pasted())\r\n\x04")
    text = repl.read_until(b">>> ")
    check(text.endswith(b"\r\n42\r\n>>> "), "the pasted code's output", text)
    # input() echoes what is typed (the serial line does not), erases with Backspace, ends
    # the line at Enter ('\r'), and Ctrl-C interrupts it. (The prompt is made by + so that
    # the echo of the line typed does not hold it.)
    repl.write(b"input('na' + 'me: ')\r")
    repl.read_until(b"name: ")
    repl.write(b"abx\x7fc\r")
    text = repl.read_until(b">>> ")
    check(text == b"abx\x08 \x08c\r\n'abc'\r\n>>> ", "input() on the board", text)
    repl.write(b"input('na' + 'me: ')\r")
    repl.read_until(b"name: ")
    repl.write(b"typed")
    repl.read_until(b"typed")
    repl.write(b"\x03")
    text = repl.read_until(b">>> ")
    check(text.startswith(b"\r\n") and b"KeyboardInterrupt" in text, "Ctrl-C in input()",
          text)
    # Ctrl-D at the prompt soft-resets: the banner again, and __main__'s names are gone.
    repl.write(b"left_over = 1\r")
    repl.read_until(b">>> ")
    repl.write(b"\x04")
    repl.read_until(b"MPY: soft reboot\r\n")
    repl.read_banner()
    repl.write(b"'left_over' in globals()\r")
    text = repl.read_until(b">>> ")
    check(b"False" in text, "globals survived a soft reset", text)


def run_scripts(repl, scripts):
    failures = []
    for script in scripts:
        with open(script, "rb") as f:
            code = f.read()
        expected, should_raise = expected_output(script)
        started = time.monotonic()
        output, errors = repl.execute(code)
        output = console_text(output)
        errors = console_text(errors)
        expected_errors_file = script[:-3] + ".err"
        if os.path.exists(expected_errors_file):
            with open(expected_errors_file, "rb") as f:
                errors_passed = errors == f.read()
        else:
            errors_passed = bool(errors) == should_raise
        passed = output == expected and errors_passed
        print("%s %s (%.1f s)" % ("PASS" if passed else "FAIL", script,
                                  time.monotonic() - started))
        if not passed:
            failures.append(script)
            print("expected:\n%s\ngot:\n%s\nerrors:\n%s" % (
                expected.decode("utf-8", "replace"), output.decode("utf-8", "replace"),
                errors.decode("utf-8", "replace")))
    return failures


def run_self_description(repl, platform, machine):
    output, errors = repl.execute(SELF_DESCRIPTION)
    lines = console_text(output).decode().splitlines()
    print("the board about itself:", lines, console_text(errors).decode())
    check(not errors, "errors: %r" % errors)
    check(lines == [platform, "%s %s" % (platform, machine), "True True", "True", "True"],
          "the board's description: %r" % lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeout", type=float, default=30,
                        help="seconds any one reply may take")
    parser.add_argument("--platform", required=True, help="sys.platform")
    parser.add_argument("--machine", required=True, help="os.uname().machine")
    parser.add_argument("--launcher", nargs="+", required=True,
                        help="the emulator's command line, up to --")
    parser.add_argument("scripts", nargs="*")
    args = parser.parse_args()
    # The .exp and .err files come along in the same list; they are found beside their scripts.
    scripts = sorted(script for script in args.scripts if script.endswith(".py"))
    repl = BoardRepl(args.launcher, args.timeout)
    try:
        run_friendly_repl(repl, args.machine)
        repl.enter_raw_repl()
        failures = run_scripts(repl, scripts)
        run_self_description(repl, args.platform, args.machine)
        repl.execute(b"left_over = 2")
        repl.soft_reset_raw()
        output, _ = repl.execute(b"print('left_over' in globals())")
        check(output == b"False\r\n", "globals survived a raw soft reset: %r" % output)
        check(repl.leave_raw_repl() == args.machine, "the banner after leaving the raw REPL")
    finally:
        repl.close()
    if failures:
        print("%d of %d scripts failed" % (len(failures), len(scripts)))
        return 1
    print("all %d scripts passed" % len(scripts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
