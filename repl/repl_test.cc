#include "repl/repl.h"

#include <string>

#include "gtest/gtest.h"
#include "hal/testing/console.h"
#include "repl/continuation.h"
#include "vm/runtime.h"

namespace mp::repl {
namespace {

using std::string_literals::operator""s;

bool NeedsMore(const std::string& entry) {
  return NeedsMoreInput(entry.data(), entry.size());
}

size_t Indent(const std::string& entry) {
  return AutoIndent(entry.data(), entry.size());
}

TEST(ContinuationTest, SimpleStatementsAreComplete) {
  EXPECT_FALSE(NeedsMore("x = 1"));
  EXPECT_FALSE(NeedsMore("print('(')"));
  EXPECT_FALSE(NeedsMore("iffy = 2"));
  EXPECT_FALSE(NeedsMore("x = 1  # if:"));
  EXPECT_TRUE(NeedsMore("if x:  # a comment"));
  EXPECT_EQ(Indent("if x:  # a comment\n"), 4u);
}

TEST(ContinuationTest, OpenBracketsStringsAndBackslashesContinue) {
  EXPECT_TRUE(NeedsMore("f(1,"));
  EXPECT_TRUE(NeedsMore("[1,\n 2"));
  EXPECT_FALSE(NeedsMore("[1,\n 2]"));
  EXPECT_TRUE(NeedsMore("s = '''abc"));
  EXPECT_FALSE(NeedsMore("s = '''abc\n'''"));
  EXPECT_TRUE(NeedsMore("x = 1 + \\"));
  EXPECT_FALSE(NeedsMore("s = 'a\\'('"));
}

TEST(ContinuationTest, CompoundStatementsEndWithABlankLine) {
  EXPECT_TRUE(NeedsMore("for i in range(3):"));
  EXPECT_TRUE(NeedsMore("for i in range(3):\n    print(i)"));
  EXPECT_FALSE(NeedsMore("for i in range(3):\n    print(i)\n    "));
  EXPECT_TRUE(NeedsMore("@decorator"));
  EXPECT_TRUE(NeedsMore("match x:"));
}

TEST(ContinuationTest, AutoIndentFollowsTheLastLine) {
  EXPECT_EQ(Indent("if x:\n"), 4u);
  EXPECT_EQ(Indent("if x:\n    y = 1\n"), 4u);
  EXPECT_EQ(Indent("if x:\n    while y:\n"), 8u);
  EXPECT_EQ(Indent("f(1,\n"), 0u);
}

// Runs the REPL on `input` with the test console; returns what it wrote.
std::string Session(const std::string& input) {
  static bool initialized = false;
  if (!initialized) vm::InitVm();
  initialized = true;
  hal::testing::TakeOutput();
  hal::testing::TakeErrors();
  hal::testing::SetInput(input);
  ReplOptions options;
  options.raw_paste_window = 8;
  EXPECT_EQ(RunRepl(options), 0);
  return hal::testing::TakeOutput();
}

// The output after the banner's two lines.
std::string AfterBanner(const std::string& output) {
  size_t end = output.find("paste mode\r\n");
  return end == std::string::npos ? output : output.substr(end + 12);
}

TEST(FriendlyReplTest, EchoesAndPrintsResults) {
  EXPECT_EQ(AfterBanner(Session("6 * 7\r")), ">>> 6 * 7\r\n42\n>>> \r\n");
}

TEST(FriendlyReplTest, UnderscoreHoldsTheLastResult) {
  EXPECT_EQ(AfterBanner(Session("5\r_ + 1\r")),
            ">>> 5\r\n5\n>>> _ + 1\r\n6\n>>> \r\n");
}

TEST(FriendlyReplTest, ContinuationLinesAreAutoIndented) {
  EXPECT_EQ(AfterBanner(Session("for i in range(2):\rprint(i)\r\r")),
            ">>> for i in range(2):\r\n"
            "...     print(i)\r\n"
            "...     \r\n"
            "0\n1\n>>> \r\n");
}

TEST(FriendlyReplTest, BackspaceTakesBackALevelOfIndentation) {
  EXPECT_EQ(AfterBanner(Session("if 1:\rfor i in ():\rpass\r\x7fx = 3\r\rx\r")),
            ">>> if 1:\r\n"
            "...     for i in ():\r\n"
            "...         pass\r\n"
            "...         \b\b\b\b    \b\b\b\bx = 3\r\n"
            "...     \r\n"
            ">>> x\r\n3\n>>> \r\n");
}

// Whether the last entry typed in `keys` printed `result`.
bool Prints(const std::string& keys, const std::string& result) {
  std::string output = Session(keys);
  std::string ending = "\r\n" + result + "\n>>> \r\n";
  return output.size() >= ending.size() &&
         output.compare(output.size() - ending.size(), ending.size(), ending) ==
             0;
}

TEST(LineEditingTest, CursorKeysMoveWhereTextGoes) {
  EXPECT_TRUE(
      Prints("13\x1b[D"
             "2\r",
             "123"));  // Left
  EXPECT_TRUE(
      Prints("13\x1b[D\x1b[C"
             "2\r",
             "132"));  // Left, Right
  EXPECT_TRUE(
      Prints("23\x1b[H"
             "1\r",
             "123"));  // Home
  EXPECT_TRUE(
      Prints("12\x1b[H\x1b[F"
             "3\r",
             "123"));  // Home, End
  EXPECT_TRUE(
      Prints("23\x1bOH"
             "1\r",
             "123"));  // Home (SS3)
  EXPECT_TRUE(
      Prints("23\x1b[1~"
             "1\r",
             "123"));                               // Home (VT)
  EXPECT_TRUE(Prints("123\x1b[D\x7f\r", "13"));     // Backspace mid-line
  EXPECT_TRUE(Prints("123\x1b[H\x1b[3~\r", "23"));  // Delete
}

TEST(LineEditingTest, EmacsKeys) {
  EXPECT_TRUE(
      Prints("23\x01"
             "1\r",
             "123"));  // Ctrl-A: start
  EXPECT_TRUE(
      Prints("12\x01\x05"
             "3\r",
             "123"));  // Ctrl-E: end
  EXPECT_TRUE(
      Prints("13\x02"
             "2\r",
             "123"));  // Ctrl-B: back
  EXPECT_TRUE(
      Prints("13\x01\x06"
             "2\r",
             "123"));                               // Ctrl-F: forward
  EXPECT_TRUE(Prints("12345\x01\x06\x0b\r", "1"));  // Ctrl-K: kill to end
  EXPECT_TRUE(
      Prints("99\x15"
             "7\r",
             "7"));                              // Ctrl-U: kill to start
  EXPECT_TRUE(Prints("1 + 2 junk\x17\r", "3"));  // Ctrl-W: the word before
  EXPECT_TRUE(Prints("12\x01\x04\r", "2"));      // Ctrl-D: delete forward
}

TEST(LineEditingTest, HistoryRecallsEarlierLines) {
  EXPECT_TRUE(Prints("40 + 2\r\x1b[A\r", "42"));
  // Up twice, then down once: the newer of the two.
  EXPECT_TRUE(Prints("1\r2\r\x1b[A\x1b[A\x1b[B\r", "2"));
  EXPECT_TRUE(Prints("7\r8\r\x10\x10\r", "7"));  // Ctrl-P
  // Down past the newest gives an empty line back.
  EXPECT_TRUE(
      Prints("5\r\x1b[A\x0e"
             "6\r",
             "6"));
}

TEST(CompletionTest, TabCompletesNamesAndAttributes) {
  EXPECT_TRUE(Prints("pri\t('x')\r", "x"));                // a builtin
  EXPECT_TRUE(Prints("answer_ = 42\rans\t\r", "42"));      // a global
  EXPECT_TRUE(Prints("s = 'abc'\rs.upp\t()\r", "'ABC'"));  // an attribute
  EXPECT_TRUE(Prints("zzq\t = 5\rzzq\r", "5"));  // nothing to complete
  // Tab at the start of a line indents.
  EXPECT_TRUE(Prints("def f():\r\x7f\treturn 3\r\rf()\r", "3"));
}

TEST(CompletionTest, SeveralMatchesAreListedAndTheLineComesBack) {
  std::string output =
      AfterBanner(Session("xyz_one = 1\rxyz_two = 2\rxyz_\tone\r"));
  EXPECT_NE(output.find(">>> xyz_\r\nxyz_one         xyz_two         \r\n"
                        ">>> xyz_one\r\n1\n"),
            std::string::npos)
      << output;
  // A common beginning is completed first.
  EXPECT_TRUE(Prints("kk_alpha = 1\rkk_alpine = 2\rkk\tine\r", "2"));
  // Names starting with '_' only for a prefix that does too.
  output = AfterBanner(Session("s = ''\rs.\t\x03"));
  EXPECT_EQ(output.find("__class__"), std::string::npos) << output;
  EXPECT_NE(output.find("upper"), std::string::npos) << output;
}

TEST(FriendlyReplTest, CtrlCDropsTheLine) {
  EXPECT_EQ(AfterBanner(Session("1 +\x03")),
            ">>> 1 +\r\nKeyboardInterrupt\r\n>>> \r\n");
}

TEST(FriendlyReplTest, PasteModeRunsTheWholeText) {
  EXPECT_EQ(AfterBanner(Session("\x05if 1:\r    print('a')\rprint('b')\x04")),
            ">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n"
            "=== if 1:\r\n===     print('a')\r\n=== print('b')\r\n"
            "a\nb\n>>> \r\n");
}

TEST(FriendlyReplTest, ErrorsGoToTheErrorStream) {
  EXPECT_EQ(AfterBanner(Session("1 // 0\r")), ">>> 1 // 0\r\n>>> \r\n");
}

TEST(FriendlyReplTest, PromptsComeFromSys) {
  EXPECT_EQ(AfterBanner(Session("import sys; sys.ps1 = 'py> '\r1\r")),
            ">>> import sys; sys.ps1 = 'py> '\r\npy> 1\r\n1\npy> \r\n");
  Session("sys.ps1 = '>>> '\r");
}

TEST(RawReplTest, RunsCodeBetweenFrames) {
  EXPECT_EQ(AfterBanner(Session("\x01print(1)\x04")),
            ">>> \r\nraw REPL; CTRL-B to exit\r\n>OK1\n\x04\x04>");
}

TEST(RawReplTest, TracebackGoesInTheSecondFrame) {
  std::string output = Session("\x01raise ValueError('bad')\x04");
  EXPECT_NE(output.find(">OK\x04Traceback (most recent call last):\n"),
            std::string::npos);
  EXPECT_NE(output.find("ValueError: bad\n\x04>"), std::string::npos);
}

TEST(RawReplTest, CtrlDOnNothingSoftResets) {
  EXPECT_EQ(
      AfterBanner(Session("\x01soft_reset_probe = 1\x04\x04"
                          "print('soft_reset_probe' in globals())\x04")),
      ">>> \r\nraw REPL; CTRL-B to exit\r\n>OK\x04\x04>OK\r\n"
      "MPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>OKFalse\n\x04\x04>");
}

TEST(RawReplTest, CtrlCClearsAndCtrlBLeaves) {
  std::string output = Session("\x01junk\x03print(2)\x04\x02");
  EXPECT_NE(output.find(">OK2\n\x04\x04>\r\nMicroPython"), std::string::npos);
}

TEST(RawReplTest, RawPasteSendsFlowControlBytes) {
  // 17 bytes of code with a window of 8: a \x01 after the 8th and 16th.
  EXPECT_EQ(AfterBanner(Session("\x01\x05"
                                "A\x01print(123456789)\n\x04")),
            ">>> \r\nraw REPL; CTRL-B to exit\r\n>R\x01\x08\x00\x01\x01\x04"
            "123456789\n\x04\x04>"s);
}

}  // namespace
}  // namespace mp::repl
