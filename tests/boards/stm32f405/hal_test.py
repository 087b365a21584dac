"""Boots the hal self-test (hal_selftest.cc) in QEMU through run_qemu.sh and checks its report,
a hard reset, and a stack overflow that must end in a report and a reboot.

    hal_test.py RUN_QEMU_SH HAL_SELFTEST_ELF
"""

import os
import select
import subprocess
import sys
import time
import unittest

TIMEOUT = 20
BANNER = b"hal self-test on NetduinoPlus2 with STM32F405RG (stm32)\r\n"


class Board:
    def __init__(self, launcher, image):
        self.process = subprocess.Popen(
            [launcher, image], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0
        )
        self.buffer = b""

    def read_until(self, marker, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while marker not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("timed out waiting for %r; got %r" % (marker, self.buffer))
            ready, _, _ = select.select([self.process.stdout], [], [], remaining)
            if ready:
                chunk = os.read(self.process.stdout.fileno(), 4096)
                if not chunk:
                    raise AssertionError("output ended waiting for %r; got %r" % (marker, self.buffer))
                self.buffer += chunk
        end = self.buffer.index(marker) + len(marker)
        text, self.buffer = self.buffer[:end], self.buffer[end:]
        return text

    def write(self, data):
        self.process.stdin.write(data)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=TIMEOUT)
        self.process.stdout.close()


class HalTest(unittest.TestCase):
    def setUp(self):
        self.board = Board(sys.argv[1], sys.argv[2])
        self.board.read_until(BANNER + b"command?\r\n")

    def tearDown(self):
        self.board.close()

    def test_checks(self):
        board = self.board
        board.write(b"t")
        started = time.monotonic()
        report = board.read_until(b"delay done\r\n")
        # QEMU's clocks follow the host's: the 200 ms wait takes as long here.
        self.assertGreaterEqual(time.monotonic() - started, 0.19)
        report += board.read_until(b"send 1500\r\n")
        board.write(bytes(ord("a") + i % 26 for i in range(1500)))
        report += board.read_until(b"send ctrl-c\r\n")
        board.write(b"\x03")
        report += board.read_until(b"send ctrl-c\r\n")
        board.write(b"\x03")
        report += board.read_until(b"command?\r\n")
        text = report.decode()
        sys.stdout.write(text)
        self.assertNotIn("FAIL", text)
        self.assertIn("PASS", text)
        # What QEMU 7.2 is: no RCC (the clock comes from SysTick's calibration, 168 MHz), no
        # system memory at the unique id's address.
        self.assertIn("cpu_hz=168000000\r\n", text)
        self.assertIn("unique_id_bytes=0\r\n", text)

    def test_hard_reset(self):
        self.board.write(b"r")
        self.board.read_until(b"resetting\r\n" + BANNER)

    def test_stack_overflow_resets(self):
        self.board.write(b"o")
        self.board.read_until(b"overflowing\r\n\r\nHardFault (stack overflow)")
        self.board.read_until(BANNER)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
