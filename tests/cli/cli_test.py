"""The host program's command line: how it runs code, its exit codes, and what it prints on
errors (MicroPython's traceback format), checked the way a user would."""

import os
import pty
import re
import select
import subprocess
import sys
import tempfile
import time
import unittest

MICROPYTHON = None  # set from the command line


def run(*args, stdin=b"", cwd=None):
    completed = subprocess.run(
        [MICROPYTHON, *args],
        input=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=30,
        cwd=cwd,
    )
    return completed.returncode, completed.stdout.decode(), completed.stderr.decode()


class RunningCode(unittest.TestCase):
    def test_dash_c(self):
        self.assertEqual(run("-c", "print(6*7)"), (0, "42\n", ""))

    def test_script_file(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "hello.py")
            with open(path, "w") as f:
                f.write("x = 'hello'\nprint(x, 'world')\n")
            self.assertEqual(run(path), (0, "hello world\n", ""))

    def test_piped_stdin_runs_as_a_script(self):
        self.assertEqual(run(stdin=b"for i in range(3):\n    print(i)\n"), (0, "0\n1\n2\n", ""))

    def test_dash_reads_stdin(self):
        self.assertEqual(run("-", stdin=b"print('from stdin')\n"), (0, "from stdin\n", ""))

    def test_accepts_emit_bytecode(self):
        self.assertEqual(run("-X", "emit=bytecode", "-c", "print(1)"), (0, "1\n", ""))

    def test_missing_script(self):
        status, out, err = run("no_such_script.py")
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("can't open file 'no_such_script.py'", err)

    def test_unknown_option_prints_usage(self):
        status, _, err = run("--frobnicate")
        self.assertEqual(status, 2)
        self.assertIn("usage:", err)


class Tracebacks(unittest.TestCase):
    def test_uncaught_exception_prints_traceback_and_exits_1(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "boom.py")
            with open(path, "w") as f:
                f.write(
                    "def inner(x):\n"
                    "    return 10 // x\n"
                    "\n"
                    "def outer(x):\n"
                    "    return inner(x) + 1\n"
                    "print('before')\n"
                    "outer(0)\n"
                    "print('after')\n"
                )
            status, out, err = run("boom.py", cwd=directory)
        self.assertEqual(status, 1)
        self.assertEqual(out, "before\n")
        self.assertEqual(
            err,
            "Traceback (most recent call last):\n"
            '  File "boom.py", line 7, in <module>\n'
            '  File "boom.py", line 5, in outer\n'
            '  File "boom.py", line 2, in inner\n'
            "ZeroDivisionError: divide by zero\n",
        )

    def test_name_error_wording(self):
        status, _, err = run("-c", "x = 1\nprint(y)")
        self.assertEqual(status, 1)
        self.assertEqual(
            err,
            "Traceback (most recent call last):\n"
            '  File "<stdin>", line 2, in <module>\n'
            "NameError: name 'y' isn't defined\n",
        )

    def test_raise_with_message(self):
        status, _, err = run("-c", "raise ValueError('bad value')")
        self.assertEqual(status, 1)
        self.assertTrue(err.endswith("ValueError: bad value\n"), err)

    def test_syntax_error_names_the_line(self):
        status, out, err = run("-c", "x = 1\ny = = 2\n")
        self.assertEqual((status, out), (1, ""))
        self.assertEqual(
            err,
            "Traceback (most recent call last):\n"
            '  File "<stdin>", line 2\n'
            "SyntaxError: invalid syntax\n",
        )

    def test_indentation_error(self):
        status, _, err = run("-c", "if True:\n    x = 1\n  y = 2\n")
        self.assertEqual(status, 1)
        self.assertTrue(
            err.endswith("IndentationError: unindent doesn't match any outer indent level\n"),
            err,
        )

    def test_deep_recursion_is_a_runtime_error(self):
        status, out, err = run(
            "-c",
            "def f(n):\n    return f(n + 1)\n"
            "try:\n    f(0)\nexcept RuntimeError as e:\n    print('caught', e)\n"
            "f(0)\n",
        )
        self.assertEqual(status, 1)
        self.assertEqual(out, "caught maximum recursion depth exceeded\n")
        self.assertTrue(err.endswith("RuntimeError: maximum recursion depth exceeded\n"))


class SystemExitCodes(unittest.TestCase):
    def test_exit_codes(self):
        self.assertEqual(run("-c", "raise SystemExit")[0], 0)
        self.assertEqual(run("-c", "raise SystemExit(None)")[0], 0)
        self.assertEqual(run("-c", "raise SystemExit(3)")[0], 3)
        self.assertEqual(run("-c", "raise SystemExit('message')"), (1, "", "message\n"))


class IntegerPrecision(unittest.TestCase):
    """Going past the small int range gives a big int: every operator must give the exact
    number, on a 64-bit host (63-bit small ints) as on a 32-bit one (31-bit)."""

    LIMIT = (1 << 62) - 1 if sys.maxsize > 2**32 else (1 << 30) - 1

    def test_the_largest_small_int_works(self):
        self.assertEqual(run("-c", "print(%d, -%d - 1)" % (self.LIMIT, self.LIMIT)),
                         (0, "%d %d\n" % (self.LIMIT, -self.LIMIT - 1), ""))

    def test_every_operator_leaves_the_small_range_exactly(self):
        big = self.LIMIT
        for expression in [
            "%d + 1" % big,
            "-%d - 2" % big,
            "%d * 3" % big,
            "2 ** 100",
            "3 ** 40",
            "1 << 64",
            "-(-%d - 1)" % big,
            "(-%d - 1) // -1" % big,
            "%d" % (big + 1),
            "int('%d')" % (big + 1),
            "len(range(-%d, %d))" % (big, big),
            "(%d + 1) - 1" % big,
        ]:
            expected = "%d\n" % eval(expression)
            self.assertEqual(run("-c", "print(%s)" % expression), (0, expected, ""), expression)
        self.assertEqual(run("-c", "x = %d\nx += 1\nprint(x)" % big), (0, "%d\n" % (big + 1), ""))


class Memory(unittest.TestCase):
    def test_memory_error_in_a_small_heap_leaves_the_interpreter_usable(self):
        code = (
            "x = []\n"
            "try:\n"
            "    while True:\n"
            "        x.append('item' + str(len(x)))\n"
            "except MemoryError:\n"
            "    print('MemoryError', len(x) > 50)\n"
            "x = None\n"
            "total = 0\n"
            "for i in range(2000):\n"
            "    total += len(str(list(range(20))))\n"
            "print('recovered', total)\n"
        )
        self.assertEqual(run("-X", "heapsize=16k", "-c", code),
                         (0, "MemoryError True\nrecovered 140000\n", ""))

    def test_heap_size_option(self):
        self.assertEqual(run("-X", "heapsize=1m", "-c", "print('ok')"), (0, "ok\n", ""))
        self.assertEqual(run("-X", "heapsize=bad", "-c", "print('ok')")[0], 2)


class Verbose(unittest.TestCase):
    """-v as MicroPython's unix port takes it: once changes nothing printed; twice or more
    prints the bytecode of every code block to stdout before the code runs."""

    SCRIPT = (
        "def twice(x):\n"
        "    return [x, x]\n"
        "print(twice('hi'))\n"
    )

    def run_script(self, *options):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "show.py")
            with open(path, "w") as f:
                f.write(self.SCRIPT)
            return run(*options, "show.py", cwd=directory)

    def test_one_v_prints_nothing_more(self):
        self.assertEqual(self.run_script("-v"), (0, "['hi', 'hi']\n", ""))

    def test_two_vs_list_each_block_then_run(self):
        status, out, err = self.run_script("-v", "-v")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.endswith("\n['hi', 'hi']\n"), out)
        blocks = re.findall(
            r"^File show\.py, code block '([^']+)' \(descriptor: 0x[0-9a-f]+, "
            r"bytecode @0x[0-9a-f]+ \d+ bytes\)$", out, re.MULTILINE)
        self.assertEqual(blocks, ["<module>", "twice"])
        module, twice = out.split("code block")[1:]
        self.assertIn("\nRaw bytecode (line_table_size=", module)
        self.assertIn("\n(N_STATE ", module)
        self.assertIn("\n(N_EXC_STACK 0)\n", module)
        self.assertIn("\n  bc=0 line=1\n", module)
        self.assertRegex(module, r"\n00 MAKE_FUNCTION 0 twice\n")
        self.assertRegex(module, r"\n\d+ LOAD_CONST 0 'hi'\n")
        self.assertRegex(module, r"\n\d+ CALL_FUNCTION n=1 nkw=0\n")
        self.assertIn("\narg names: x\n", twice)
        self.assertRegex(twice, r"\n\d+ LOAD_FAST 0 x\n\d+ LOAD_FAST 0 x\n\d+ BUILD_LIST 2\n")

    def test_dash_c_and_more_vs(self):
        status, out, err = run("-v", "-v", "-v", "-c", "print(6 * 7)")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("File <stdin>, code block '<module>'"), out)
        self.assertIn("\n00 LOAD_NAME print\n", out)
        self.assertTrue(out.endswith("RETURN_VALUE\n42\n"), out)


class Repl(unittest.TestCase):
    """With a terminal on stdin and no script, the program is a REPL."""

    def read_until(self, fd, marker, timeout=10):
        data = b""
        deadline = time.time() + timeout
        while marker not in data:
            remaining = deadline - time.time()
            if remaining <= 0:
                self.fail("no %r in %r" % (marker, data))
            ready, _, _ = select.select([fd], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(fd, 1024)
                except OSError:
                    break
                if not chunk:
                    break
                data += chunk
        return data

    def test_evaluates_lines_and_blocks(self):
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(MICROPYTHON, [MICROPYTHON])
        try:
            self.assertIn(b">>> ", self.read_until(fd, b">>> "))
            os.write(fd, b"6 * 7\n")
            self.assertIn(b"42", self.read_until(fd, b">>> "))
            os.write(fd, b"for i in range(2):\n")
            self.read_until(fd, b"... ")
            os.write(fd, b"    print('line', i)\n")
            self.read_until(fd, b"... ")
            os.write(fd, b"\n")
            output = self.read_until(fd, b">>> ")
            self.assertIn(b"line 0", output)
            self.assertIn(b"line 1", output)
            os.write(fd, b"1 // 0\n")
            self.assertIn(b"ZeroDivisionError", self.read_until(fd, b">>> "))
            os.write(fd, b"print('still here')\n")
            self.assertIn(b"still here", self.read_until(fd, b">>> "))
            os.write(fd, b"\x04")  # Ctrl-D: end of input
            _, status = os.waitpid(pid, 0)
            self.assertEqual(os.waitstatus_to_exitcode(status), 0)
        finally:
            os.close(fd)


if __name__ == "__main__":
    MICROPYTHON = os.path.abspath(sys.argv.pop(1))
    unittest.main()
