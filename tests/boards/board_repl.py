"""A board's REPL driven over its serial port the way mpremote and pyboard.py drive it.

The board runs in an emulator whose launcher connects the board's console UART to the
launcher's stdin and stdout (tests/boards/<board>/). Every wait has a deadline, and close()
stops the emulator, so that a test fails instead of hanging.
"""

import re
import struct

from console_session import Session

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n"
SOFT_REBOOT = b"MPY: soft reboot\r\n"
# "MicroPython ... v1.2.3 on 2026-11-25; <machine>", a line of help, and the prompt.
FRIENDLY_BANNER = re.compile(
    rb"MicroPython[^\r\n]* v\S+ on \d{4}-\d\d-\d\d; (?P<machine>[^\r\n]+)\r\n"
    rb"[^\r\n]+\r\n>>> $")


class BoardRepl:
    """The REPL of one emulated board. `timeout` bounds each wait (emulators differ in speed)."""

    def __init__(self, command, timeout):
        self.timeout = timeout
        self.session = Session(None, "command", command)

    def close(self):
        self.session.close()

    def write(self, data):
        self.session.write(data)

    def read_until(self, marker, timeout=None):
        return self.session.read_until(marker, timeout or self.timeout)

    def read_banner(self, timeout=None):
        """Reads up to the friendly prompt after a banner; returns the banner's machine name."""
        text = self.read_until(b"\r\n>>> ", timeout)
        start = text.rfind(b"MicroPython")
        match = FRIENDLY_BANNER.match(text[start:]) if start >= 0 else None
        if not match:
            raise AssertionError("no banner in %r" % text)
        return match.group("machine").decode()

    def enter_raw_repl(self):
        self.write(b"\r\x01")
        self.read_until(b"\r\n" + RAW_BANNER + b">")

    def leave_raw_repl(self):
        """Ctrl-B: back to the friendly REPL, which prints its banner; returns the machine."""
        self.write(b"\x02")
        return self.read_banner()

    def soft_reset_raw(self):
        """Ctrl-D with nothing sent: the board restarts the interpreter, staying in raw mode."""
        self.write(b"\x04")
        self.read_until(b"OK\r\n" + SOFT_REBOOT + RAW_BANNER + b">")

    def execute(self, code, timeout=None):
        """Runs `code` in raw-paste mode as mpremote does; returns (stdout, stderr) bytes.

        The board answers \\x05A\\x01 with "R\\x01" and a window size, then grants one more
        window with each \\x01 it sends; \\x04 ends the code, the board acknowledges it with
        \\x04, runs it, and frames its output and its errors with \\x04 each.
        """
        self.write(b"\x05A\x01")
        reply = self.session.read_exactly(2, self.timeout)
        if reply != b"R\x01":
            raise AssertionError("the board does not take raw-paste: %r" % reply)
        window = struct.unpack("<H", self.session.read_exactly(2, self.timeout))[0]
        allowed = window
        position = 0
        while position < len(code):
            while allowed == 0 or self.session.buffer:
                grant = self.session.read_exactly(1, self.timeout)
                if grant != b"\x01":
                    raise AssertionError("unexpected %r while sending code" % grant)
                allowed += window
            chunk = code[position:position + allowed]
            self.write(chunk)
            position += len(chunk)
            allowed -= len(chunk)
        self.write(b"\x04")
        # Grants that were still on their way come before the acknowledgement.
        acknowledgement = self.read_until(b"\x04")
        if acknowledgement.strip(b"\x01") != b"\x04":
            raise AssertionError("unexpected %r after the code" % acknowledgement)
        output = self.read_until(b"\x04", timeout)[:-1]
        errors = self.read_until(b"\x04", timeout)[:-1]
        self.read_until(b">")
        return output, errors


def console_text(data):
    """The text of a board's console bytes: its "\\r\\n" line ends become "\\n"."""
    return data.replace(b"\r\n", b"\n")
