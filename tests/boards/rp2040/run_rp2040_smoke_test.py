"""Boots the RP2040 firmware in rp2040js through run_rp2040 and drives its REPL over UART0.

    run_rp2040_smoke_test.py RUN_RP2040 <files of //platforms:rp2040>

Every wait is bounded, so a firmware that hangs fails the test instead of stalling it.
"""

import os
import subprocess
import sys
import threading
import time
import unittest

RUNNER = None
IMAGE = None
# rp2040js boots the firmware in well under a second, but runs code about three times slower
# than a Pico; these leave room for a loaded machine.
BOOT_SECONDS = 60
REPLY_SECONDS = 30


class Board:
    """The launcher's process, with everything it printed kept in one buffer."""

    def __init__(self):
        # The launcher's own messages (stderr) go to the test log.
        self.process = subprocess.Popen([RUNNER, IMAGE], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE)
        self.output = b""
        self.consumed = 0
        self.lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        while True:
            data = os.read(self.process.stdout.fileno(), 4096)
            with self.lock:
                if not data:
                    self.lock.notify_all()
                    return
                self.output += data
                self.lock.notify_all()

    def send(self, data):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def expect(self, expected, seconds=REPLY_SECONDS):
        """Waits for `expected` after what earlier calls consumed; returns what came before it."""
        deadline = time.monotonic() + seconds
        with self.lock:
            while True:
                index = self.output.find(expected, self.consumed)
                if index >= 0:
                    before = self.output[self.consumed:index]
                    self.consumed = index + len(expected)
                    return before
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError("no %r within %d s; the board sent %r" %
                                         (expected, seconds, self.output[self.consumed:]))
                self.lock.wait(remaining)

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        if not self.process.stdin.closed:
            self.process.stdin.close()
        self.process.stdout.close()


class SmokeTest(unittest.TestCase):

    def setUp(self):
        self.board = Board()
        self.addCleanup(self.board.close)

    def wait_for_prompt(self):
        self.board.expect(b"Raspberry Pi Pico with RP2040\r\n", BOOT_SECONDS)
        self.board.expect(b">>> ")

    def test_input_sent_while_booting_is_kept(self):
        # More than the UART's 32-byte FIFO, arriving while the firmware sets itself up.
        line = b"print('%s')\r" % (b"0123456789" * 6)
        self.board.send(line)
        self.wait_for_prompt()
        self.assertEqual(self.board.expect(b">>> "),
                         line + b"\n" + b"0123456789" * 6 + b"\r\n")

    def test_friendly_repl_evaluates_and_ctrl_c_interrupts(self):
        self.wait_for_prompt()
        board = self.board
        board.send(b"1+1\r")
        self.assertEqual(board.expect(b">>> "), b"1+1\r\n2\r\n")
        board.send(b"import sys; sys.platform\r")
        self.assertIn(b"'rp2'", board.expect(b">>> "))
        board.send(b"while True: pass\r\r")
        time.sleep(1)
        board.send(b"\x03")
        self.assertIn(b"KeyboardInterrupt", board.expect(b">>> "))
        board.send(b"2**10\r")
        self.assertIn(b"1024\r\n", board.expect(b">>> "))

    def test_raw_repl_runs_code_and_soft_resets(self):
        self.wait_for_prompt()
        board = self.board
        board.send(b"\x01")
        board.expect(b"raw REPL; CTRL-B to exit\r\n>")
        board.send(b"print(2**100)\x04")
        board.expect(b"OK1267650600228229401496703205376\r\n\x04\x04>")
        # Raw-paste mode: the board grants a window of bytes, and a \x01 for each further one.
        board.send(b"\x05A\x01")
        board.expect(b"R\x01")
        code = b"for i in range(3):\n    print('line', i)\n" + b"#" * 300 + b"\n"
        window = None
        while window is None:
            with board.lock:
                if len(board.output) >= board.consumed + 2:
                    window = board.output[board.consumed] | board.output[board.consumed + 1] << 8
                    board.consumed += 2
            time.sleep(0.01)
        self.assertGreater(window, 0)
        sent = 0
        while sent < len(code):
            if sent:
                board.expect(b"\x01")
            board.send(code[sent:sent + window])
            sent += window
        board.send(b"\x04")
        board.expect(b"\x04")
        self.assertEqual(board.expect(b"\x04\x04>"), b"line 0\r\nline 1\r\nline 2\r\n")
        board.send(b"\x04")
        board.expect(b"MPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>")
        board.send(b"\x02")
        board.expect(b">>> ")

    def test_end_of_input_ends_the_launcher(self):
        self.wait_for_prompt()
        self.board.process.stdin.close()
        self.assertEqual(self.board.process.wait(timeout=REPLY_SECONDS), 0)


if __name__ == "__main__":
    RUNNER = sys.argv[1]
    images = [arg for arg in sys.argv[2:] if arg.endswith(".uf2")]
    if len(images) != 1:
        sys.exit("expected the firmware's .uf2 among the arguments: %s" % sys.argv[2:])
    IMAGE = images[0]
    unittest.main(argv=sys.argv[:1])
