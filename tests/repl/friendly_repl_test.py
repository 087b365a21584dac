"""The friendly REPL on a pty, typed at as a user would: banner, prompts, results and `_`,
continuation lines with auto-indent, paste mode, Ctrl-C at the prompt, sys.ps1, and the ways
out (Ctrl-D, SystemExit)."""

import os
import sys
import unittest

from console_session import Session

MICROPYTHON = None  # set from the command line

PROMPT = b">>> "


class FriendlyRepl(unittest.TestCase):
    def setUp(self):
        self.session = Session(MICROPYTHON)
        self.addCleanup(self.session.close)
        self.banner = self.session.read_until(PROMPT)

    def type(self, text, until=PROMPT):
        """Types `text`; returns what the REPL shows up to its next prompt `until`."""
        self.session.write(text)
        return self.session.read_until(until)

    def test_banner(self):
        self.assertRegex(
            self.banner,
            rb"^MicroPython \(C\+\+ implementation\) v\d+\.\d+\.\d+ on \d{4}-\d\d-\d\d; "
            rb"linux \[GCC [^\]]+\] version\r\nUse Ctrl-D to exit, Ctrl-E for paste mode\r\n>>> $",
        )

    def test_results_print_with_repr_and_underscore_holds_the_last(self):
        self.assertEqual(self.type(b"6 * 7\r"), b"6 * 7\r\n42\r\n>>> ")
        self.assertEqual(self.type(b"'a' + 'b'\r"), b"'a' + 'b'\r\n'ab'\r\n>>> ")
        self.assertEqual(self.type(b"None\r"), b"None\r\n>>> ")
        self.assertEqual(self.type(b"_\r"), b"_\r\n'ab'\r\n>>> ")

    def test_blank_lines_give_a_new_prompt(self):
        self.assertEqual(self.type(b"\r"), b"\r\n>>> ")
        self.assertEqual(self.type(b"   \r"), b"   \r\n>>> ")

    def test_compound_statement_is_auto_indented_and_ends_at_a_blank_line(self):
        for line, prompt in [
            (b"for i in range(3):\r", b"...     "),
            (b"if i != 1:\r", b"...         "),
            (b"print('i =', i)\r", b"...         "),
        ]:
            # The line is echoed with "\r\n", then the next prompt comes, indented.
            self.assertEqual(self.type(line, prompt), line + b"\n" + prompt)
        self.assertEqual(self.type(b"\r"), b"\r\ni = 0\r\ni = 2\r\n>>> ")

    def test_backspace_takes_back_one_level_of_auto_indent(self):
        self.type(b"if True:\r", b"...     ")
        self.type(b"x = 1\r", b"...     ")
        self.session.write(b"\x7f")
        self.assertEqual(self.session.read_exactly(12), b"\b\b\b\b    \b\b\b\b")
        self.type(b"\r")
        self.assertEqual(self.type(b"x\r"), b"x\r\n1\r\n>>> ")

    def test_open_brackets_and_triple_quotes_continue(self):
        self.assertEqual(self.type(b"[1,\r", b"... "), b"[1,\r\n... ")
        self.assertEqual(self.type(b"2]\r"), b"2]\r\n[1, 2]\r\n>>> ")
        self.type(b"s = '''a\r", b"... ")
        self.type(b"b'''\r")
        self.assertEqual(self.type(b"s\r"), b"s\r\n'a\\nb'\r\n>>> ")

    def test_functions_defined_at_the_prompt(self):
        self.type(b"def square(x):\r", b"...     ")
        self.type(b"return x * x\r", b"...     ")
        self.type(b"\r")
        self.assertEqual(self.type(b"square(12)\r"), b"square(12)\r\n144\r\n>>> ")

    def test_errors_print_a_traceback_and_the_session_goes_on(self):
        output = self.type(b"1 // 0\r")
        self.assertTrue(output.startswith(b"1 // 0\r\nTraceback (most recent call last):\r\n"))
        self.assertIn(b"ZeroDivisionError", output)
        self.assertIn(b"SyntaxError", self.type(b"1 +* 2\r"))
        self.assertEqual(self.type(b"'still here'\r"), b"'still here'\r\n'still here'\r\n>>> ")

    def test_ctrl_c_at_the_prompt_drops_the_line(self):
        self.assertEqual(self.type(b"12\x03"), b"12\r\nKeyboardInterrupt\r\n>>> ")
        self.type(b"while True:\r", b"...     ")
        self.assertEqual(self.type(b"pass\x03"), b"pass\r\nKeyboardInterrupt\r\n>>> ")
        self.assertEqual(self.type(b"3\r"), b"3\r\n3\r\n>>> ")

    def test_ctrl_c_interrupts_running_code(self):
        self.type(b"n = 0\r")
        self.session.write(b"while True: n += 1\r\r")
        self.session.read_until(b"\r\n... \r\n")
        self.assertEqual(self.session.pending(wait=0.3), b"")  # still running
        output = self.type(b"\x03")
        # While code runs the terminal is as the user had it, and echoes ^C itself.
        output = output.removeprefix(b"^C")
        self.assertTrue(output.startswith(b"Traceback (most recent call last):\r\n"), output)
        self.assertTrue(output.endswith(b"KeyboardInterrupt\r\n>>> "), output)
        # The loop ran, stopped, and the session goes on.
        self.assertEqual(self.type(b"n > 0\r"), b"n > 0\r\nTrue\r\n>>> ")

    def test_paste_mode(self):
        self.assertEqual(
            self.type(b"\x05", b"=== "),
            b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ",
        )
        # No auto-indent: the pasted text keeps its own indentation.
        self.assertEqual(
            self.type(b"def f():\r    return 'pasted'\r\rprint(f())\r", b"print(f())\r\n=== "),
            b"def f():\r\n===     return 'pasted'\r\n=== \r\n=== print(f())\r\n=== ",
        )
        self.assertEqual(self.type(b"\x04"), b"\r\npasted\r\n>>> ")

    def test_paste_mode_cancelled_by_ctrl_c(self):
        self.type(b"\x05", b"=== ")
        self.assertEqual(self.type(b"print('no')\x03"), b"print('no')\r\n>>> ")

    def test_prompts_come_from_sys(self):
        self.type(b"import sys; sys.ps1 = 'py> '; sys.ps2 = 'more '\r", b"\r\npy> ")
        self.assertEqual(self.type(b"(1 +\r", b"more "), b"(1 +\r\nmore ")
        self.assertEqual(self.type(b"2)\r", b"py> "), b"2)\r\n3\r\npy> ")

    def test_tab_completion(self):
        self.assertEqual(self.type(b"pri\t(6 * 7)\r"), b"print(6 * 7)\r\n42\r\n>>> ")
        self.type(b"import sys\r")
        self.assertTrue(self.type(b"sys.pla\t\r").endswith(b"sys.platform\r\n'linux'\r\n>>> "))

    def test_input_echoes_what_is_typed(self):
        self.session.write(b"name = input('? ')\r")
        self.session.read_until(b")\r\n? ")  # input()'s prompt, after the line's echo
        self.assertEqual(self.type(b"Ada\r"), b"Ada\r\n>>> ")
        self.assertEqual(self.type(b"name\r"), b"name\r\n'Ada'\r\n>>> ")

    def test_line_editing_and_history(self):
        self.type(b"6 * 7\r")
        # Up brings the line back; Left and a digit edit it in place: 6 * 17.
        self.assertTrue(self.type(b"\x1b[A\x1b[D1\r").endswith(b"\r\n102\r\n>>> "))
        # Ctrl-A and Ctrl-K on a typed line: start, then kill all of it.
        self.assertTrue(self.type(b"junk\x01\x0b5\r").endswith(b"\r\n5\r\n>>> "))
        # Unknown escape sequences never end up in the code.
        self.assertTrue(self.type(b"1 + 1\x1b[15~\r").endswith(b"\r\n2\r\n>>> "))

    def test_ctrl_d_exits_with_status_0(self):
        self.session.write(b"\x04")
        self.assertEqual(self.session.wait_exit(), 0)

    def test_system_exit_gives_its_status(self):
        self.session.write(b"raise SystemExit(3)\r")
        self.assertEqual(self.session.wait_exit(), 3)


if __name__ == "__main__":
    MICROPYTHON = os.path.abspath(sys.argv.pop(1))
    unittest.main()
