"""The host program's command line: how it runs code, its exit codes, and what it prints on
errors (MicroPython's traceback format), checked the way a user would."""

import os
import pty
import re
import resource
import select
import subprocess
import sys
import tempfile
import time
import unittest

MICROPYTHON = None  # set from the command line


def run(*args, stdin=b"", cwd=None, env=None):
    environment = dict(os.environ)
    for name in ("MICROPYPATH", "MICROPYINSPECT"):
        environment.pop(name, None)
    environment.update(env or {})
    completed = subprocess.run(
        [MICROPYTHON, *args],
        input=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=30,
        cwd=cwd,
        env=environment,
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

    def test_unknown_option_is_refused_as_micropython_does(self):
        for args in (["--frobnicate"], ["-q", "-c", "1"], ["-c"], ["-X"], ["-Ox"]):
            self.assertEqual(
                run(*args),
                (1, "", "Invalid command line arguments. Use -h option for help.\n"),
                args)

    def test_help(self):
        status, out, err = run("-h")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("usage: micropython "), out)
        for option in ("-i", "-O", "-v", "compile-only", "emit=", "heapsize="):
            self.assertIn(option, out)


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


class DeepSource(unittest.TestCase):
    """Source that makes the parser or the compiler recurse as deep as it is long raises
    RuntimeError (as MicroPython's compiler does), and never overflows the C stack: the
    interpreter runs with a 64 KiB stack here, of which it takes half for Python (a
    board has 32 KiB)."""

    SOURCES = [
        "'-' * 100000 + '1'",
        "'not ' * 100000 + '1'",
        "'lambda: ' * 100000 + '1'",
        "'a if b else ' * 100000 + 'c'",
        "'2' + ' ** 2' * 100000",
        "'x' + '[0]' * 100000",
        "'x' + '(0)' * 100000",
        "'1' + '+1' * 1000000",
        "'f\"{' + '-' * 100000 + 'x}\"'",
        "'[' * 199 + ']' * 199",
    ]

    def run_small_stack(self, *args):
        def limit_stack():
            resource.setrlimit(resource.RLIMIT_STACK, (64 * 1024, 64 * 1024))
        completed = subprocess.run([MICROPYTHON, *args], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, timeout=60, preexec_fn=limit_stack)
        return completed.returncode, completed.stdout.decode(), completed.stderr.decode()

    def test_deep_expressions_raise_runtime_error(self):
        code = (
            "for source in [%s]:\n"
            "    try:\n"
            "        eval(source)\n"
            "        print('no error')\n"
            "    except RuntimeError as e:\n"
            "        print(e)\n"
            "    except SyntaxError as e:\n"
            "        print('SyntaxError')\n" % ", ".join(self.SOURCES)
        )
        status, out, err = self.run_small_stack("-X", "heapsize=64m", "-c", code)
        self.assertEqual((status, err), (0, ""))
        # The last (199 brackets) may fit or not: either way it is no crash.
        lines = out.splitlines()
        self.assertEqual(lines[:-1], ["maximum recursion depth exceeded"] * (len(self.SOURCES) - 1))
        self.assertIn(lines[-1], ("maximum recursion depth exceeded", "SyntaxError", "no error"))

    def test_deeply_nested_blocks_raise_runtime_error(self):
        lines = ["%sdef f():" % (" " * i) for i in range(199)]
        code = "\n".join(lines) + "\n" + " " * 199 + "pass\n"
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "deep.py")
            with open(path, "w") as f:
                f.write(code)
            status, out, err = self.run_small_stack(path)
        self.assertEqual((status, out), (1, ""))
        self.assertTrue(err.endswith("RuntimeError: maximum recursion depth exceeded\n"), err)


class SystemExitCodes(unittest.TestCase):
    def test_exit_codes(self):
        self.assertEqual(run("-c", "raise SystemExit")[0], 0)
        self.assertEqual(run("-c", "raise SystemExit(None)")[0], 0)
        self.assertEqual(run("-c", "raise SystemExit(3)")[0], 3)
        self.assertEqual(run("-c", "raise SystemExit('message')"), (1, "", "message\n"))


class MoreExitCodes(unittest.TestCase):
    """What MicroPython's unix port exits with: sys.exit as SystemExit, any other
    exception 1, and a KeyboardInterrupt at the top 130, as a shell reports SIGINT."""

    def test_sys_exit(self):
        self.assertEqual(run("-c", "import sys\nsys.exit()\nprint('not here')"), (0, "", ""))
        self.assertEqual(run("-c", "import sys; sys.exit(None)"), (0, "", ""))
        self.assertEqual(run("-c", "import sys; sys.exit(0)"), (0, "", ""))
        self.assertEqual(run("-c", "import sys; sys.exit(42)"), (42, "", ""))
        self.assertEqual(run("-c", "import sys; sys.exit(256 + 7)")[0], 7)
        self.assertEqual(run("-c", "import sys; sys.exit(True)")[0], 1)
        self.assertEqual(run("-c", "import sys; sys.exit(['a'])"), (1, "", "['a']\n"))

    def test_system_exit_can_be_caught(self):
        self.assertEqual(
            run("-c", "import sys\ntry:\n    sys.exit(5)\n"
                "except SystemExit as e:\n    print('caught', e.args)\n"),
            (0, "caught (5,)\n", ""))

    def test_uncaught_exception_after_output(self):
        status, out, err = run("-c", "print('a')\nraise ValueError(2)")
        self.assertEqual((status, out), (1, "a\n"))
        self.assertTrue(err.startswith("Traceback (most recent call last):\n"), err)
        self.assertTrue(err.endswith("ValueError: 2\n"), err)

    def test_sigint_interrupts_a_running_loop(self):
        process = subprocess.Popen(
            [MICROPYTHON, "-c", "print('looping')\nn = 0\nwhile True:\n    n += 1\n"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            # Wait until it runs the loop, then send what Ctrl-C on a terminal sends.
            self.assertEqual(process.stdout.readline(), b"looping\n")
            time.sleep(0.2)
            process.send_signal(2)  # SIGINT
            out, err = process.communicate(timeout=10)
        finally:
            process.kill()
        self.assertEqual(process.returncode, 130)
        self.assertTrue(err.endswith(b"KeyboardInterrupt\n"), err)

    def test_keyboard_interrupt_exits_130(self):
        status, out, err = run("-c", "print('working')\nraise KeyboardInterrupt")
        self.assertEqual((status, out), (130, "working\n"))
        self.assertEqual(
            err,
            "Traceback (most recent call last):\n"
            '  File "<stdin>", line 2, in <module>\n'
            "KeyboardInterrupt\n",
        )


def write_files(directory, files):
    for name, text in files.items():
        path = os.path.join(directory, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


class ArgvAndPath(unittest.TestCase):
    """sys.argv and sys.path as the unix port sets them for each way of giving a program."""

    SHOW = "import sys\nprint(sys.argv)\nprint(sys.path[0])\nprint(__name__, __file__)\n"

    def test_script(self):
        with tempfile.TemporaryDirectory() as directory:
            write_files(directory, {"sub/show.py": self.SHOW})
            status, out, err = run("sub/show.py", "a", "-v", "--x", cwd=directory)
        self.assertEqual((status, err), (0, ""))
        # The script's directory, made absolute (as MicroPython's realpath gives it).
        self.assertEqual(
            out.splitlines(),
            ["['sub/show.py', 'a', '-v', '--x']",
             os.path.join(os.path.realpath(directory), "sub"),
             "__main__ sub/show.py"])

    def test_script_imports_beside_itself_from_elsewhere(self):
        with tempfile.TemporaryDirectory() as directory:
            write_files(directory, {
                "app/main.py": "import helper\nprint(helper.NAME, helper.__file__.endswith('app/helper.py'))\n",
                "app/helper.py": "NAME = __name__\n",
            })
            self.assertEqual(run(os.path.join(directory, "app", "main.py"), cwd="/"),
                             (0, "helper True\n", ""))

    def test_dash_c(self):
        self.assertEqual(run("-c", self.SHOW, "x", "-c"),
                         (0, "['-c', 'x', '-c']\n\n__main__ <stdin>\n", ""))

    def test_dash_reads_stdin_with_arguments(self):
        self.assertEqual(run("-", "y", stdin=self.SHOW.encode()),
                         (0, "['-', 'y']\n\n__main__ <stdin>\n", ""))

    def test_no_program_has_empty_argv(self):
        self.assertEqual(run(stdin=b"import sys\nprint(sys.argv)\n"), (0, "[]\n", ""))

    def test_default_path(self):
        home = tempfile.gettempdir()
        self.assertEqual(
            run("-c", "import sys\nprint(sys.path)", env={"HOME": home}),
            (0, "%r\n" % ["", ".frozen", home + "/.micropython/lib", "/usr/lib/micropython"],
             ""))

    def test_micropypath_replaces_the_default(self):
        self.assertEqual(
            run("-c", "import sys\nprint(sys.path)",
                env={"MICROPYPATH": "~/lib:/opt/py::rel", "HOME": "/home/me"}),
            (0, "%r\n" % ["", "/home/me/lib", "/opt/py", "", "rel"], ""))

    def test_micropypath_is_searched(self):
        with tempfile.TemporaryDirectory() as directory:
            write_files(directory, {"lib/far.py": "print('far', __name__)\n"})
            self.assertEqual(
                run("-c", "import far",
                    env={"MICROPYPATH": "/nonexistent:" + os.path.join(directory, "lib")}),
                (0, "far far\n", ""))
            self.assertEqual(run("-c", "import far")[0], 1)


class DashM(unittest.TestCase):
    """-m MODULE: the module, found on sys.path, runs as __main__; a package runs its
    __main__ submodule; sys.argv[0] is the module's name, as in MicroPython."""

    FILES = {
        "top.py": "import sys\nprint(__name__, __file__, sys.argv)\n",
        "pkg/__init__.py": "print('init', __name__)\n",
        "pkg/__main__.py": "from . import helper\nprint('main', __name__, helper.X)\n",
        "pkg/helper.py": "X = 5\n",
        "pkg/tool.py": "import sys\nfrom .helper import X\nprint(__name__, X, sys.argv)\n",
        "bad.py": "print('bad')\n1 // 0\n",
        "nomain/__init__.py": "",
    }

    def run_m(self, *args):
        with tempfile.TemporaryDirectory() as directory:
            write_files(directory, self.FILES)
            return run(*args, cwd=directory)

    def test_module(self):
        self.assertEqual(self.run_m("-m", "top", "a", "b"),
                         (0, "__main__ top.py ['top', 'a', 'b']\n", ""))

    def test_package_runs_its_main(self):
        self.assertEqual(self.run_m("-m", "pkg"), (0, "init pkg\nmain __main__ 5\n", ""))

    def test_submodule_with_relative_import(self):
        self.assertEqual(self.run_m("-m", "pkg.tool", "z"),
                         (0, "init pkg\n__main__ 5 ['pkg.tool', 'z']\n", ""))

    def test_error_in_module(self):
        status, out, err = self.run_m("-m", "bad")
        self.assertEqual((status, out), (1, "bad\n"))
        self.assertIn('  File "bad.py", line 2, in <module>\n', err)
        self.assertTrue(err.endswith("ZeroDivisionError: divide by zero\n"), err)

    def test_missing_module(self):
        status, out, err = self.run_m("-m", "nosuch")
        self.assertEqual((status, out), (1, ""))
        self.assertTrue(err.endswith("ImportError: no module named 'nosuch'\n"), err)

    def test_package_without_main(self):
        status, _, err = self.run_m("-m", "nomain")
        self.assertEqual(status, 1)
        self.assertTrue(err.endswith("ImportError: no module named 'nomain.__main__'\n"), err)

    def test_system_exit(self):
        with tempfile.TemporaryDirectory() as directory:
            write_files(directory, {"leave.py": "import sys\nsys.exit(9)\n"})
            self.assertEqual(run("-m", "leave", cwd=directory), (9, "", ""))


class Imports(unittest.TestCase):
    def test_file_and_name_of_imported_modules(self):
        with tempfile.TemporaryDirectory() as directory:
            write_files(directory, {
                "main.py": "import pkg.sub\nimport plain\nimport sys\n"
                           "print(pkg.__name__, pkg.__file__)\n"
                           "print(pkg.sub.__name__, pkg.sub.__file__)\n"
                           "print(plain.__name__, plain.__file__)\n"
                           "print('pkg.sub' in sys.modules, sys.modules['__main__'].__file__)\n",
                "pkg/__init__.py": "",
                "pkg/sub.py": "",
                "plain.py": "",
            })
            status, out, err = run("main.py", cwd=directory)
        base = os.path.realpath(directory)
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(out.splitlines(), [
            "pkg %s/pkg/__init__.py" % base,
            "pkg.sub %s/pkg/sub.py" % base,
            "plain %s/plain.py" % base,
            "True main.py",
        ])

    def test_no_module_wording(self):
        status, _, err = run("-c", "import no_such_module")
        self.assertEqual(status, 1)
        self.assertTrue(err.endswith("ImportError: no module named 'no_such_module'\n"), err)
        # A submodule of a module that is no package.
        status, _, err = run("-c", "import sys.nope")
        self.assertEqual(status, 1)
        self.assertTrue(err.endswith("ImportError: no module named 'sys.nope'\n"), err)


class Sys(unittest.TestCase):
    """What sys reports on this host, as MicroPython's unix port reports it."""

    def value(self, expression):
        status, out, err = run("-c", "import sys\nprint(repr(%s))" % expression)
        self.assertEqual((status, err), (0, ""), expression)
        return out.rstrip("\n")

    def test_platform_and_byteorder_and_maxsize(self):
        self.assertEqual(self.value("sys.platform"), "'linux'")
        self.assertEqual(self.value("sys.byteorder"), repr(sys.byteorder))
        self.assertEqual(self.value("sys.maxsize"), repr(sys.maxsize))

    def test_implementation(self):
        self.assertEqual(self.value("sys.implementation.name"), "'micropython'")
        self.assertEqual(self.value("sys.implementation[0]"), "'micropython'")
        self.assertEqual(self.value("sys.implementation._thread"), "None")
        self.assertEqual(self.value("type(sys.implementation._build).__name__"), "'str'")
        self.assertRegex(self.value("sys.implementation.version"), r"^\(\d+, \d+, \d+, ''\)$")
        self.assertRegex(self.value("sys.implementation._machine"), r"^'linux \[GCC .*\] version'$")
        mpy = int(self.value("sys.implementation._mpy"))
        self.assertEqual(mpy & 0xFF, 6)
        self.assertEqual(mpy >> 8 & 3, 3)
        architecture = {"x86_64": 2, "i386": 1, "i686": 1}.get(os.uname().machine)
        if architecture is not None and sys.maxsize > 2**32:
            self.assertEqual(mpy >> 10, architecture)
        self.assertRegex(
            self.value("sys.implementation"),
            r"^\(name='micropython', version=\(\d+, \d+, \d+, ''\), _machine='[^']*', "
            r"_mpy=\d+, _build='[^']*', _thread=None\)$")

    def test_implementation_is_read_only(self):
        status, _, err = run("-c", "import sys\nsys.implementation.name = 'x'")
        self.assertEqual(status, 1)
        self.assertIn("AttributeError", err)

    def test_version(self):
        self.assertRegex(self.value("sys.version"),
                         r"^'3\.4\.0; MicroPython \(C\+\+ implementation\) v\d+\.\d+\.\d+ on "
                         r"\d{4}-\d\d-\d\d'$")
        self.assertEqual(self.value("sys.version_info[:2]"), "(3, 4)")
        self.assertEqual(self.value("sys.version_info.major"), "3")

    def test_modules(self):
        self.assertEqual(self.value("sorted(k for k in sys.modules if k in ('sys', '__main__'))"),
                         "['__main__', 'sys']")


class MoreOptions(unittest.TestCase):
    def test_optimize_removes_asserts(self):
        code = "assert 1 == 2, 'nope'\nprint('after')"
        status, out, err = run("-c", code)
        self.assertEqual((status, out), (1, ""))
        self.assertTrue(err.endswith("AssertionError: nope\n"), err)
        for flag in ("-O", "-OO", "-O1"):
            self.assertEqual(run(flag, "-c", code), (0, "after\n", ""), flag)

    def test_optimize_level(self):
        show = "import micropython\nprint(micropython.opt_level())"
        self.assertEqual(run("-c", show), (0, "0\n", ""))
        self.assertEqual(run("-O", "-c", show), (0, "1\n", ""))
        self.assertEqual(run("-OOO", "-c", show), (0, "3\n", ""))
        self.assertEqual(run("-O2", "-c", show), (0, "2\n", ""))

    def test_optimize_applies_to_imported_modules(self):
        with tempfile.TemporaryDirectory() as directory:
            write_files(directory, {"checked.py": "assert False\nprint('imported')\n"})
            self.assertEqual(run("-O", "-c", "import checked", cwd=directory),
                             (0, "imported\n", ""))

    def test_emitters_other_than_bytecode_are_refused(self):
        for emitter in ("native", "viper", "bogus"):
            self.assertEqual(run("-X", "emit=" + emitter, "-c", "print(1)")[0], 1, emitter)

    def test_compile_only(self):
        self.assertEqual(run("-X", "compile-only", "-c", "print('ran')"), (0, "", ""))
        status, out, err = run("-X", "compile-only", "-c", "print('ran')\nx = = 1\n")
        self.assertEqual((status, out), (1, ""))
        self.assertTrue(err.endswith("SyntaxError: invalid syntax\n"), err)
        with tempfile.TemporaryDirectory() as directory:
            write_files(directory, {"s.py": "print('ran')\n1 // 0\n"})
            self.assertEqual(run("-X", "compile-only", "s.py", cwd=directory), (0, "", ""))

    def test_compile_only_with_bytecode_dump(self):
        status, out, err = run("-v", "-v", "-X", "compile-only", "-c", "print('ran')")
        self.assertEqual((status, err), (0, ""))
        self.assertIn("LOAD_NAME print", out)
        self.assertTrue(out.endswith("RETURN_VALUE\n"), out)


class Inspect(unittest.TestCase):
    """-i (or MICROPYINSPECT in the environment) gives the REPL once the program is done,
    in the program's globals; here the REPL reads a pipe."""

    def check_repl_after(self, *args, env=None, expected_status=0):
        status, out, _ = run(*args, stdin=b"print('x is', x)\n", env=env)
        self.assertEqual(status, expected_status, out)
        self.assertIn(">>> ", out)
        self.assertIn("x is 42", out)
        return out

    def test_dash_i_after_code(self):
        out = self.check_repl_after("-i", "-c", "x = 42\nprint('ran')")
        self.assertTrue(out.startswith("ran\n"), out)

    def test_dash_i_after_an_exception(self):
        self.check_repl_after("-i", "-c", "x = 42\n1 // 0")

    def test_dash_i_after_a_script(self):
        with tempfile.TemporaryDirectory() as directory:
            write_files(directory, {"s.py": "x = 42\n"})
            status, out, _ = run("-i", "s.py", cwd=directory, stdin=b"print('x is', x)\n")
        self.assertEqual(status, 0)
        self.assertIn("x is 42", out)

    def test_micropyinspect(self):
        self.check_repl_after("-c", "x = 42", env={"MICROPYINSPECT": "1"})
        self.assertEqual(run("-c", "x = 42", stdin=b"print(x)\n", env={"MICROPYINSPECT": ""}),
                         (0, "", ""))

    def test_dash_i_without_a_program_is_the_repl(self):
        status, out, _ = run("-i", stdin=b"print(6 * 7)\n")
        self.assertEqual(status, 0)
        self.assertIn(">>> print(6 * 7)", out)
        self.assertIn("42", out)


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

    def test_bytes_and_bytearray_are_made_once_in_a_small_heap(self):
        # Each needs its size once, not twice: in a 16 KiB heap, 10000 bytes
        # fit once and not twice.
        for expression in (
            "bytearray(10000)",
            "bytes(10000)",
            "bytearray(b'ab' * 3000)",
            "bytearray(x & 255 for x in range(8000))",
        ):
            value = eval(expression)
            code = "b = %s\nprint(len(b), b[0], b[-1])" % expression
            self.assertEqual(run("-X", "heapsize=16k", "-c", code),
                             (0, "%d %d %d\n" % (len(value), value[0], value[-1]), ""),
                             expression)

    def test_heap_size_option(self):
        self.assertEqual(run("-X", "heapsize=1m", "-c", "print('ok')"), (0, "ok\n", ""))
        self.assertEqual(run("-X", "heapsize=bad", "-c", "print('ok')")[0], 1)


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

    def test_ctrl_c_interrupts_input(self):
        # The terminal is as it was (it echoes, Ctrl-C is SIGINT): input() is
        # interrupted at once, not after the next line.
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(MICROPYTHON, [MICROPYTHON, "-c", "print('got', input('? '))\ninput('? ')"])
        try:
            self.read_until(fd, b"? ")
            os.write(fd, b"typed\n")
            self.assertIn(b"got typed", self.read_until(fd, b"? "))
            os.write(fd, b"\x03")
            self.assertIn(b"KeyboardInterrupt", self.read_until(fd, b"KeyboardInterrupt"))
            _, status = os.waitpid(pid, 0)
            self.assertEqual(os.waitstatus_to_exitcode(status), 130)
        finally:
            os.close(fd)

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
