#include <stdlib.h>
#include <string.h>

#include <regex>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "hal/console.h"
#include "hal/testing/console.h"
#include "lexer/reader.h"
#include "lexer/small_stack.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/map.h"
#include "objects/nlr.h"
#include "objects/state.h"
#include "objects/testing.h"
#include "vm/exec.h"
#include "vm/interrupt.h"
#include "vm/runtime.h"

namespace mp::vm {
namespace {

class VmTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    static bool initialized = false;
    if (!initialized) InitVm();
    initialized = true;
  }

  // Runs a program in fresh globals; returns what it printed, then "!" and the
  // uncaught exception's last traceback line if it raised one.
  std::string Run(const std::string& source) {
    hal::testing::TakeOutput();
    hal::testing::TakeErrors();
    lexer::BufferReader reader(source.data(), source.size());
    ExecOptions options;
    options.source_name = objects::q::string_file;
    objects::Map* globals = &objects::NewDict()->map;
    objects::NlrBuf nlr;
    std::string result;
    if (MP_NLR_PUSH(nlr) == 0) {
      ExecSource(reader, options, globals);
      objects::NlrPop(nlr);
      return hal::testing::TakeOutput();
    }
    ReportUncaughtException(nlr.exception);
    std::string errors = hal::testing::TakeErrors();
    size_t last_line = errors.rfind('\n', errors.size() - 2);
    return hal::testing::TakeOutput() + "!" +
           errors.substr(last_line == std::string::npos ? 0 : last_line + 1);
  }
};

TEST_F(VmTest, ArithmeticAndPrint) {
  EXPECT_EQ(Run("print(1 + 2 * 3, 7 // -2, -7 % 3, 2 ** 10, 1 << 4, ~5)"),
            "7 -4 2 1024 16 -6\n");
  EXPECT_EQ(Run("print('a', 'b', sep='-', end='!')\nprint()"), "a-b!\n");
}

TEST_F(VmTest, ControlFlow) {
  EXPECT_EQ(Run("total = 0\n"
                "for i in range(10):\n"
                "    if i == 7:\n"
                "        break\n"
                "    if i % 2:\n"
                "        continue\n"
                "    total += i\n"
                "else:\n"
                "    total = -1\n"
                "print(total)\n"
                "n = 0\n"
                "while n < 3:\n"
                "    n += 1\n"
                "else:\n"
                "    print('while else', n)\n"),
            "12\nwhile else 3\n");
}

TEST_F(VmTest, FunctionsBindArgumentsLikePython) {
  EXPECT_EQ(Run("def f(a, b=2, *rest, c, d=4):\n"
                "    return [a, b, rest, c, d]\n"
                "print(f(1, c=3))\n"
                "print(f(1, 5, 6, 7, c=8, d=9))\n"
                "print(f(c=0, a=1))\n"),
            "[1, 2, (), 3, 4]\n[1, 5, (6, 7), 8, 9]\n[1, 2, (), 0, 4]\n");
}

TEST_F(VmTest, ArgumentErrorsUseMicroPythonWording) {
  EXPECT_EQ(
      Run("def f(a):\n    pass\nf(1, 2)\n"),
      "!TypeError: function takes 1 positional arguments but 2 were given\n");
  EXPECT_EQ(Run("def f(a, b):\n    pass\nf(1)\n"),
            "!TypeError: function missing 1 required positional arguments\n");
  EXPECT_EQ(Run("def f(a):\n    pass\nf(1, b=2)\n"),
            "!TypeError: unexpected keyword argument 'b'\n");
  EXPECT_EQ(Run("def f(a):\n    pass\nf(1, a=2)\n"),
            "!TypeError: function got multiple values for argument 'a'\n");
  EXPECT_EQ(Run("def f(*, k):\n    pass\nf()\n"),
            "!TypeError: function missing required keyword argument 'k'\n");
  EXPECT_EQ(
      Run("len(1, 2)\n"),
      "!TypeError: function takes 1 positional arguments but 2 were given\n");
  EXPECT_EQ(Run("len([], x=1)\n"),
            "!TypeError: function doesn't take keyword arguments\n");
}

TEST_F(VmTest, ClosuresShareCells) {
  EXPECT_EQ(Run("def counter():\n"
                "    n = 0\n"
                "    def inc(step=1):\n"
                "        nonlocal n\n"
                "        n += step\n"
                "        return n\n"
                "    def get():\n"
                "        return n\n"
                "    return inc, get\n"
                "inc, get = counter()\n"
                "inc(); inc(5)\n"
                "print(get())\n"
                "fs = []\n"
                "for i in range(3):\n"
                "    def f(i=i):\n"
                "        return i\n"
                "    fs.append(f)\n"
                "print(fs[0](), fs[2]())\n"),
            "6\n0 2\n");
}

TEST_F(VmTest, ExceptionsUnwindToTheRightHandler) {
  EXPECT_EQ(
      Run("def f():\n"
          "    try:\n"
          "        return 1 // 0\n"
          "    except ValueError:\n"
          "        return 'wrong'\n"
          "    finally:\n"
          "        print('finally')\n"
          "try:\n"
          "    f()\n"
          "except ZeroDivisionError as e:\n"
          "    print('caught', type(e))\n"
          "try:\n"
          "    try:\n"
          "        raise KeyError('k')\n"
          "    except KeyError:\n"
          "        raise\n"
          "except LookupError as e:\n"
          "    print('reraised', repr(e))\n"),
      "finally\ncaught <class 'ZeroDivisionError'>\nreraised KeyError('k')\n");
}

TEST_F(VmTest, FinallyRunsOnEveryWayOut) {
  EXPECT_EQ(Run("def f(x):\n"
                "    for i in range(3):\n"
                "        try:\n"
                "            if i == x:\n"
                "                break\n"
                "            if i == 0:\n"
                "                continue\n"
                "            return i\n"
                "        finally:\n"
                "            print('finally', i)\n"
                "    return 'loop ended'\n"
                "print(f(0))\nprint(f(1))\nprint(f(5))\n"
                "def g():\n"
                "    try:\n"
                "        return 'try'\n"
                "    finally:\n"
                "        return 'finally'\n"
                "print(g())\n"),
            "finally 0\nloop ended\nfinally 0\nfinally 1\nloop ended\n"
            "finally 0\nfinally 1\n1\nfinally\n");
}

TEST_F(VmTest, UncaughtErrorsNameTheProblem) {
  EXPECT_EQ(Run("print(x)\n"), "!NameError: name 'x' isn't defined\n");
  EXPECT_EQ(
      Run("def f():\n    y = x\n    x = 1\nf()\n"),
      "!UnboundLocalError: local variable referenced before assignment\n");
  EXPECT_EQ(Run("a, b = [1, 2, 3]\n"),
            "!ValueError: too many values to unpack (expected 2)\n");
  EXPECT_EQ(Run("a, b, c = (1, 2)\n"),
            "!ValueError: need more than 2 values to unpack\n");
  EXPECT_EQ(Run("1 + 'a'\n"),
            "!TypeError: unsupported types for __add__: 'int', 'str'\n");
  EXPECT_EQ(Run("x = 5\nx()\n"), "!TypeError: 'int' object isn't callable\n");
  EXPECT_EQ(Run("for x in 5:\n    pass\n"),
            "!TypeError: 'int' object isn't iterable\n");
  EXPECT_EQ(Run("assert 1 == 2, 'no'\n"), "!AssertionError: no\n");
  EXPECT_EQ(Run("[1][3]\n"), "!IndexError: list index out of range\n");
}

TEST_F(VmTest, InputReadsALineFromTheConsole) {
  hal::testing::SetInput("first line\nsecond");
  EXPECT_EQ(Run("print(repr(input('? ')))\nprint(repr(input()))\n"
                "try:\n    input()\nexcept EOFError:\n    print('EOF')\n"),
            "? 'first line'\n'second'\nEOF\n");
}

TEST_F(VmTest, MemInfoAndQstrInfoPrintMicroPythonsForm) {
  std::string info = Run("import micropython\nmicropython.mem_info()\n");
  EXPECT_TRUE(std::regex_match(
      info, std::regex("stack: \\d+ out of \\d+\n"
                       "GC: total: \\d+, used: \\d+, free: \\d+\n"
                       " No\\. of 1-blocks: \\d+, 2-blocks: \\d+, "
                       "max blk sz: \\d+, max free sz: \\d+\n")))
      << info;
  std::string map = Run("import micropython\nmicropython.mem_info(1)\n");
  EXPECT_TRUE(std::regex_search(map, std::regex("GC memory layout; from 0x")))
      << map;
  EXPECT_TRUE(std::regex_search(map, std::regex("\n00000000: h[h=.]*\n")))
      << map;
  std::string qstrs = Run(
      "import micropython\nsome_new_name_here = 1\nmicropython.qstr_info(1)\n");
  EXPECT_TRUE(std::regex_search(
      qstrs, std::regex("^qstr pool: n_pool=\\d+, n_qstr=\\d+, "
                        "n_str_data_bytes=\\d+, n_total_bytes=\\d+\n")))
      << qstrs;
  EXPECT_NE(qstrs.find("Q(some_new_name_here)\n"), std::string::npos);
}

TEST_F(VmTest, FinaliserErrorsGoToStderrAndAreIgnored) {
  EXPECT_EQ(Run("import gc\n"
                "class Bad:\n"
                "    def __del__(self):\n"
                "        raise ValueError('in del')\n"
                "def make():\n"
                "    Bad()\n"
                "make()\n"
                "gc.collect()\n"
                "print('after')\n"),
            "after\n");
  std::string errors = hal::testing::TakeErrors();
  EXPECT_NE(errors.find("ValueError: in del"), std::string::npos) << errors;
}

// A path for a test's file, in the test's temporary directory.
std::string TestFilePath(const char* name) {
  const char* directory = getenv("TEST_TMPDIR");
  return std::string(directory != nullptr ? directory : "/tmp") + "/" + name;
}

TEST_F(VmTest, FilesPrintTheirTypeAndHandle) {
  std::string path = TestFilePath("vm_test_repr.txt");
  std::string output = Run("f = open('" + path +
                           "', 'w')\n"
                           "print(f)\n"
                           "f.close()\n"
                           "print(f)\n"
                           "f = open('" +
                           path +
                           "', 'rb')\n"
                           "print(f)\n"
                           "f.close()\n");
  EXPECT_TRUE(std::regex_match(output, std::regex("<io.TextIOWrapper \\d+>\n"
                                                  "<io.TextIOWrapper -1>\n"
                                                  "<io.FileIO \\d+>\n")))
      << output;
}

TEST_F(VmTest, MissingFileRaisesOSErrorNamingTheErrno) {
  EXPECT_EQ(Run("open('" + TestFilePath("vm_test_missing") + "')\n"),
            "!OSError: [Errno 2] ENOENT\n");
}

TEST_F(VmTest, FilesLeftOpenAreClosedWhenCollected) {
  // The handle of a file that nothing refers to is free again after a
  // collection: the next file opened gets the same one.
  std::string path = TestFilePath("vm_test_finaliser.txt");
  EXPECT_EQ(Run("import gc\n"
                "open('" +
                path +
                "', 'w').close()\n"
                "def leave_open():\n"
                "    return repr(open('" +
                path +
                "'))\n"
                "first = leave_open()\n"
                "gc.collect()\n"
                "second = open('" +
                path +
                "')\n"
                "print(repr(second) == first)\n"
                "third = open('" +
                path +
                "')\n"
                "print(repr(third) == first)\n"),
            "True\nFalse\n");
}

TEST_F(VmTest, ManyCollectionsKeepLiveDataIntact) {
  // Enough garbage (about 20 MB) for several collections of the 8 MiB test
  // heap, with live data throughout.
  size_t before = objects::Shared().heap.collection_count();
  EXPECT_EQ(Run("keep = []\n"
                "for i in range(200):\n"
                "    keep.append(str(i) * 3)\n"
                "junk = 0\n"
                "for i in range(20000):\n"
                "    junk += len(str(i) + 'x' * 1000)\n"
                "ok = True\n"
                "for i in range(200):\n"
                "    ok = ok and keep[i] == str(i) * 3\n"
                "print(ok, junk)\n"),
            "True 20088890\n");
  EXPECT_GT(objects::Shared().heap.collection_count(), before);
}

// input() where the console does not echo (a board's serial line): it shows
// what is typed, erases with Backspace, and takes '\r', '\n' or "\r\n" as
// the end of a line, as MicroPython's readline does.
TEST_F(VmTest, InputEchoesAndEditsOnAConsoleThatDoesNot) {
  hal::testing::SetConsoleEchoesInput(false);
  hal::testing::SetInput(
      "abx\x7f"
      "c\r"  // Backspace (DEL) erases x; Enter is '\r'
      "d\x08\x08"
      "e\r\n"                   // Backspace (BS) twice; "\r\n" ends one line
      "\xc3\xa9\xc3\xa9\x7f\n"  // one Backspace erases a whole character
      "f\x1b[Dg\x1bOA\r"        // the arrow keys' sequences are ignored
      "\r"                      // an empty line
      "tab\there\x01\n");       // other control bytes are ignored
  EXPECT_EQ(Run("for i in range(6):\n"
                "    print(repr(input('> ')))\n"),
            "> abx\b \bc\r\n'abc'\n"
            "> d\b \be\r\n'e'\n"
            "> \xc3\xa9\xc3\xa9\b \b\r\n'\xc3\xa9'\n"
            "> fg\r\n'fg'\n"
            "> \r\n''\n"
            "> tab\there\r\n'tab\\there'\n");
  // Ctrl-D on an empty line, or the end of the input, is EOFError; at the end
  // of the input a line typed so far is the result.
  hal::testing::SetInput("\x04");
  EXPECT_EQ(Run("input()"), "!EOFError\n");
  hal::testing::SetInput(
      "ab\x04"
      "c");
  EXPECT_EQ(Run("print(input())"), "abcabc\n");
  hal::testing::SetConsoleEchoesInput(true);
}

// Ctrl-C while input() waits: the byte itself where nothing takes it out, or
// the console's interrupt (a board's receive interrupt) while code runs.
TEST_F(VmTest, InputRaisesKeyboardInterruptOnCtrlC) {
  hal::testing::SetConsoleEchoesInput(false);
  hal::testing::SetInput(
      "ab\x03"
      "cd\r");
  EXPECT_EQ(Run("input('? ')"), "? ab\r\n!KeyboardInterrupt\n");
  EXPECT_EQ(Run("print(input())"), "cd\r\ncd\n");
  hal::ConsoleSetInterrupt(3, &RequestKeyboardInterrupt);
  for (bool echoes : {false, true}) {
    hal::testing::SetConsoleEchoesInput(echoes);
    hal::testing::SetInput(
        "ab\x03"
        "cd\n");
    EXPECT_EQ(Run("try:\n"
                  "    input()\n"
                  "except KeyboardInterrupt:\n"
                  "    print('interrupted')\n"
                  "print(input())\n"),
              echoes ? "interrupted\ncd\n" : "ab\r\ninterrupted\ncd\r\ncd\n");
  }
  hal::ConsoleSetInterrupt(-1, nullptr);
}

// Where the console echoes (the host's terminal or a pipe), the bytes up to
// '\n' are the line as they come.
TEST_F(VmTest, InputTakesBytesAsTheyComeWhereTheConsoleEchoes) {
  hal::testing::SetInput(
      "a\rb\x7f\x03"
      "c\nlast");
  EXPECT_EQ(Run("print(repr(input()))\n"
                "print(repr(input()))\n"
                "input()\n"),
            "'a\\rb\\x7f\\x03c'\n'last'\n!EOFError\n");
}

std::string Repeat(const std::string& piece, size_t times) {
  std::string text;
  for (size_t i = 0; i < times; ++i) text += piece;
  return text;
}

// The whole pipeline on a thread with a small stack (64 KiB; Python may use
// all but 16 KiB, kept for the allocator and the sanitizers): source that
// makes the parser or the compiler recurse as deep as it is long, or a frame
// bigger than the stack left, raises RuntimeError instead of overflowing.
TEST_F(VmTest, DeepSourceRaisesOnASmallStack) {
  static constexpr size_t kReserveBytes = 16 * 1024;
  const std::string sources[] = {
      "x = " + Repeat("-", 100000) + "1\n",
      "x = " + Repeat("not ", 100000) + "1\n",
      "x = " + Repeat("lambda: ", 100000) + "1\n",
      "x = " + Repeat("a if b else ", 100000) + "c\n",
      "x = 1" + Repeat(" + 1", 100000) + "\n",
      "x = a" + Repeat("[0]", 100000) + "\n",
      "x = f'{" + Repeat("-", 100000) + "1}'\n",
      "with " + Repeat("a, ", 50000) + "a: pass\n",
      // 199 levels of brackets are allowed, but need more than 48 KiB.
      "x = " + Repeat("[", 199) + Repeat("]", 199) + "\n",
      // 30000 values on the stack of the module's frame.
      "a = 0\nx = [" + Repeat("a, ", 30000) + "]\n",
  };
  std::vector<std::string> results;
  ASSERT_TRUE(lexer::RunOnSmallStack(64 * 1024, [&](const char* stack_low) {
    objects::ThreadState& thread = objects::Thread();
    objects::ThreadState saved = thread;
    const char* top = static_cast<const char*>(__builtin_frame_address(0));
    objects::SetStackBounds(
        top, static_cast<size_t>(top - stack_low) - kReserveBytes);
    for (const std::string& source : sources) results.push_back(Run(source));
    thread = saved;
  }));
  ASSERT_EQ(results.size(), std::size(sources));
  for (size_t i = 0; i < results.size(); ++i) {
    EXPECT_EQ(results[i], "!RuntimeError: maximum recursion depth exceeded\n")
        << sources[i].substr(0, 20);
  }
}

}  // namespace
}  // namespace mp::vm
