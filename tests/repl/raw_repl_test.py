"""The raw REPL and raw-paste mode, checked byte for byte against the protocol that
MicroPython documents and pyboard.py/mpremote speak: Ctrl-A enters ("raw REPL; CTRL-B to
exit\\r\\n>"), Ctrl-D runs the code sent ("OK", output, \\x04, error output, \\x04, ">"), Ctrl-D
with nothing sent soft-resets, Ctrl-B leaves; raw-paste is \\x05A\\x01, answered with "R\\x01"
and a 2-byte little-endian window size, with a \\x01 each time the host may send one more
window. Each test runs over a pty and over pipes (-X repl): the bytes must be the same."""

import os
import struct
import sys
import unittest

from console_session import Session

MICROPYTHON = None  # set from the command line

BANNER = b"raw REPL; CTRL-B to exit\r\n"


class RawReplOverPty(unittest.TestCase):
    transport = "pty"

    def setUp(self):
        self.session = Session(MICROPYTHON, self.transport)
        self.addCleanup(self.session.close)
        self.session.read_until(b">>> ")
        self.session.write(b"\x01")
        self.assertEqual(self.session.read_until(b">"), b"\r\n" + BANNER + b">")

    def execute(self, code):
        """Sends code as pyboard.py does; returns (output, error output)."""
        self.session.write(code + b"\x04")
        self.assertEqual(self.session.read_exactly(2), b"OK")
        return self.read_result()

    def read_result(self):
        output = self.session.read_until(b"\x04")[:-1]
        errors = self.session.read_until(b"\x04")[:-1]
        self.assertEqual(self.session.read_exactly(1), b">")
        return output, errors

    def test_runs_code_and_frames_its_output(self):
        self.assertEqual(self.execute(b"print('hello')\r\nprint(6 * 7)"), (b"hello\r\n42\r\n", b""))

    def test_nothing_is_echoed_and_expressions_are_not_printed(self):
        self.assertEqual(self.execute(b"1 + 1"), (b"", b""))

    def test_state_persists_between_runs(self):
        self.execute(b"counter = 41")
        self.assertEqual(self.execute(b"counter += 1\nprint(counter)"), (b"42\r\n", b""))

    def test_an_error_goes_in_the_second_frame(self):
        output, errors = self.execute(b"print('before')\nraise ValueError('bad value')")
        self.assertEqual(output, b"before\r\n")
        self.assertTrue(errors.startswith(b"Traceback (most recent call last):\r\n"), errors)
        self.assertTrue(errors.endswith(b"ValueError: bad value\r\n"), errors)

    def test_a_syntax_error_goes_in_the_second_frame(self):
        output, errors = self.execute(b"x = = 1")
        self.assertEqual(output, b"")
        self.assertIn(b"SyntaxError", errors)

    def test_system_exit_ends_only_the_code(self):
        self.assertEqual(self.execute(b"print(1)\nraise SystemExit"), (b"1\r\n", b""))
        self.assertEqual(self.execute(b"print(2)"), (b"2\r\n", b""))

    def test_ctrl_c_clears_what_was_sent(self):
        self.session.write(b"print('dropped')\x03")
        self.assertEqual(self.execute(b"print('kept')"), (b"kept\r\n", b""))

    def test_ctrl_a_again_restarts_the_raw_repl(self):
        self.session.write(b"junk\x01")
        self.assertEqual(self.session.read_until(b">"), b"\r\n" + BANNER + b">")
        self.assertEqual(self.execute(b"print(3)"), (b"3\r\n", b""))

    def test_soft_reset_clears_main(self):
        self.execute(b"left_over = 1")
        self.session.write(b"\x04")
        self.assertEqual(
            self.session.read_until(b">"), b"OK\r\nMPY: soft reboot\r\n" + BANNER + b">"
        )
        self.assertEqual(
            self.execute(b"print('left_over' in globals(), __name__)"), (b"False __main__\r\n", b"")
        )

    def test_ctrl_b_goes_back_to_the_friendly_repl(self):
        self.session.write(b"\x02")
        self.assertRegex(
            self.session.read_until(b">>> "),
            rb"^\r\nMicroPython [^\r\n]*\r\nUse Ctrl-D to exit, Ctrl-E for paste mode\r\n>>> $",
        )
        self.session.write(b"2 + 2\r")
        self.assertEqual(self.session.read_until(b">>> "), b"2 + 2\r\n4\r\n>>> ")

    def test_what_pyboard_sends_to_enter_with_a_soft_reset(self):
        # pyboard.py's enter_raw_repl(): interrupt, Ctrl-A, then Ctrl-D for a soft reset.
        self.session.write(b"\r\x03")
        self.session.pending()
        self.session.write(b"\r\x01")
        self.assertTrue(self.session.read_until(BANNER + b">").endswith(BANNER + b">"))
        self.session.write(b"\x04")
        self.session.read_until(b"soft reboot\r\n")
        self.assertEqual(self.session.read_until(BANNER), BANNER)
        self.assertEqual(self.session.read_exactly(1), b">")
        self.assertEqual(self.execute(b"print('ready')"), (b"ready\r\n", b""))

    def raw_paste(self, code):
        """Sends code in raw-paste mode, keeping to the window; returns (output, errors)."""
        self.session.write(b"\x05A\x01")
        self.assertEqual(self.session.read_exactly(2), b"R\x01")
        (window,) = struct.unpack("<H", self.session.read_exactly(2))
        self.assertGreater(window, 0)
        allowed = window
        sent = 0
        while sent < len(code):
            if allowed == 0:
                self.assertEqual(self.session.read_exactly(1), b"\x01")
                allowed += window
            chunk = code[sent : sent + allowed]
            self.session.write(chunk)
            sent += len(chunk)
            allowed -= len(chunk)
            # Nothing but flow control may come while the code is sent.
            extra = self.session.pending(0.01)
            self.assertEqual(extra.strip(b"\x01"), b"", extra)
            allowed += window * extra.count(b"\x01")
        self.session.write(b"\x04")
        ack = self.session.read_until(b"\x04")
        self.assertEqual(ack.strip(b"\x01"), b"\x04")
        return self.read_result()

    def test_raw_paste_with_a_script_larger_than_the_window(self):
        lines = [b"total = 0"]
        lines += [b"total += %d  # a line to make the script long" % i for i in range(40)]
        lines += [b"print('total', total)"]
        code = b"\n".join(lines)
        self.assertEqual(self.raw_paste(code), (b"total 780\r\n", b""))
        # The raw REPL is ready for more afterwards.
        self.assertEqual(self.execute(b"print(total + 1)"), (b"781\r\n", b""))

    def test_raw_paste_with_an_error(self):
        output, errors = self.raw_paste(b"print('x' * 300)\n" + b"1 / 0\n")
        self.assertEqual(output, b"x" * 300 + b"\r\n")
        self.assertIn(b"ZeroDivisionError", errors)

    def test_ctrl_d_at_the_friendly_prompt_after_leaving_exits(self):
        self.session.write(b"\x02")
        self.session.read_until(b">>> ")
        self.session.write(b"\x04")
        self.assertEqual(self.session.wait_exit(), 0)


class RawReplOverPipes(RawReplOverPty):
    transport = "pipes"


if __name__ == "__main__":
    MICROPYTHON = os.path.abspath(sys.argv.pop(1))
    unittest.main()
