"""What a script run on a board must print: CPython's output for the same script, or the .exp
file beside it where MicroPython differs on purpose (the script says why)."""

import os
import subprocess
import sys


def expected_output(script):
    """Returns (stdout bytes, whether the script ends in an uncaught exception)."""
    expected_file = script[:-3] + ".exp"
    if os.path.exists(expected_file):
        with open(expected_file, "rb") as f:
            return f.read(), False
    script = os.path.abspath(script)
    completed = subprocess.run([sys.executable, script], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, timeout=60,
                               cwd=os.path.dirname(script))
    return completed.stdout, completed.returncode != 0
