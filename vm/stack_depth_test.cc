// The compiler sizes each frame's value stack (RawCode::max_stack) from the
// opcode table's stack effects; the VM trusts that size. This test checks the
// three against each other, with the VM instrumented
// (vm/instruction_observer.h):
//
// - From the table alone, it works out the depth at every reachable
//   instruction of every compiled block, and checks that the compiler's
//   max_stack and max_handlers are exactly the deepest of those.
// - Running the code, it checks that the depth before each instruction is the
//   one worked out for it (so never above max_stack), and that each
//   instruction changes the depth by what the table says.
//
// The code is a corpus of snippets covering every construct the compiler
// knows, and every conformance script under tests/python.
#include <stdio.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/disassembler.h"
#include "compiler/instruction.h"
#include "compiler/opcodes.h"
#include "compiler/raw_code.h"
#include "gtest/gtest.h"
#include "hal/testing/console.h"
#include "lexer/reader.h"
#include "objects/dict.h"
#include "objects/map.h"
#include "objects/nlr.h"
#include "objects/state.h"
#include "vm/exec.h"
#include "vm/frame.h"
#include "vm/instruction_observer.h"
#include "vm/runtime.h"

namespace mp::vm {
namespace {

using compiler::DecodeInstruction;
using compiler::Instruction;
using compiler::Opcode;
using compiler::OperandFormat;
using compiler::RawCode;

constexpr int kOpcodeCount = static_cast<int>(Opcode::kCount);

bool IsJump(Opcode op) {
  return compiler::OperandFormatOf(op) == OperandFormat::kJump;
}

void AppendTo(void* context, const char* data, size_t length) {
  static_cast<std::string*>(context)->append(data, length);
}

std::string ListingOf(const RawCode& code) {
  std::string text;
  compiler::DisassembleBlock(objects::Printer{&AppendTo, &text}, code);
  return text;
}

std::string NameOf(const RawCode& code) {
  return objects::Shared().qstrs.Data(code.name);
}

// The value-stack and handler depths at each instruction, worked out from the
// opcode table by following every path from the start. In bytecode the
// compiler emits, an instruction has the same depths on every path to it.
struct StaticDepths {
  std::vector<int> stack;  // by offset; -1 where no instruction is reached
  std::vector<int> handlers;
  int max_stack = 0;
  int max_handlers = 0;
  std::vector<std::string> errors;
};

StaticDepths WorkOutDepths(const RawCode& code) {
  StaticDepths depths;
  depths.stack.assign(code.bytecode_length, -1);
  depths.handlers.assign(code.bytecode_length, -1);
  std::vector<uint32_t> to_visit;
  auto arrive = [&](uint32_t from, uint32_t offset, int stack, int handlers) {
    std::ostringstream error;
    if (offset >= code.bytecode_length) {
      error << "offset " << from << " leads to " << offset
            << ", outside the code";
    } else if (stack < 0 || handlers < 0) {
      error << "offset " << from << " leaves depth " << stack << " and "
            << handlers << " handlers at " << offset;
    } else if (depths.stack[offset] < 0) {
      depths.stack[offset] = stack;
      depths.handlers[offset] = handlers;
      depths.max_stack = std::max(depths.max_stack, stack);
      depths.max_handlers = std::max(depths.max_handlers, handlers);
      to_visit.push_back(offset);
    } else if (depths.stack[offset] != stack ||
               depths.handlers[offset] != handlers) {
      error << "offset " << offset << " is reached with depth "
            << depths.stack[offset] << " (" << depths.handlers[offset]
            << " handlers) and, from " << from << ", " << stack << " ("
            << handlers << ")";
    }
    if (!error.str().empty()) depths.errors.push_back(error.str());
  };
  if (code.bytecode_length > 0) arrive(0, 0, 0, 0);
  while (!to_visit.empty()) {
    uint32_t offset = to_visit.back();
    to_visit.pop_back();
    Instruction in;
    if (!DecodeInstruction(code.bytecode, code.bytecode_length, offset, &in)) {
      depths.errors.push_back("no instruction at " + std::to_string(offset));
      continue;
    }
    int stack = depths.stack[offset];
    int handlers = depths.handlers[offset];
    int after = stack + compiler::StackEffect(in.op, in.arg);
    if (after < 0) {
      depths.errors.push_back("stack underflow at " + std::to_string(offset));
    }
    if (in.op == Opcode::kSetupExcept) {
      // An exception arrives at the handler with the handler popped.
      arrive(offset, in.target, stack + compiler::JumpStackEffect(in.op, 0),
             handlers);
      ++handlers;
    } else if (IsJump(in.op)) {
      arrive(offset, in.target,
             stack + compiler::JumpStackEffect(in.op, in.arg), handlers);
    }
    if (in.op == Opcode::kPopBlock) --handlers;
    if (!compiler::EndsFlow(in.op)) arrive(offset, in.next, after, handlers);
  }
  return depths;
}

// Watches the VM run: the depth before each instruction, and the change each
// instruction makes.
class DepthChecker final : public InstructionObserver {
 public:
  struct BlockRun {
    std::string name;
    int max_stack;
    int deepest = -1;  // -1 until the block runs
    StaticDepths depths;
  };

  // Called with each module's code before it runs.
  void Compiled(const RawCode& code) {
    StaticDepths depths = WorkOutDepths(code);
    for (const std::string& error : depths.errors) {
      Fail(code, "the table's depths are inconsistent: " + error);
    }
    if (depths.max_stack != code.max_stack) {
      Fail(code, "max_stack is " + std::to_string(code.max_stack) +
                     " but the deepest reachable instruction has " +
                     std::to_string(depths.max_stack));
    }
    if (depths.max_handlers != code.max_handlers) {
      Fail(code, "max_handlers is " + std::to_string(code.max_handlers) +
                     " but reachable code nests " +
                     std::to_string(depths.max_handlers));
    }
    blocks_[&code] =
        BlockRun{NameOf(code), code.max_stack, -1, std::move(depths)};
    for (uint32_t i = 0; i < code.child_count; ++i) {
      Compiled(*code.children[i]);
    }
  }

  void BeforeInstruction(const Frame& frame, const uint8_t* ip,
                         const Value* sp) override {
    const RawCode& code = *frame.code;
    auto offset = static_cast<uint32_t>(ip - code.bytecode);
    int depth = static_cast<int>(sp - frame.stack);
    int handlers = frame.handler_count;
    CheckEffectOfPrevious(frame, offset, depth);

    BlockRun& run = BlockOf(code);
    run.deepest = std::max(run.deepest, depth);
    if (depth < 0 || depth > code.max_stack) {
      Fail(code, "depth " + std::to_string(depth) + " at offset " +
                     std::to_string(offset) + ", outside 0.." +
                     std::to_string(code.max_stack));
    }
    if (!run.depths.stack.empty() &&
        (run.depths.stack[offset] != depth ||
         run.depths.handlers[offset] != handlers)) {
      Fail(code, "at offset " + std::to_string(offset) + " the VM has depth " +
                     std::to_string(depth) + " and " +
                     std::to_string(handlers) + " handlers; the table says " +
                     std::to_string(run.depths.stack[offset]) + " and " +
                     std::to_string(run.depths.handlers[offset]));
    }

    Instruction in;
    if (!DecodeInstruction(code.bytecode, code.bytecode_length, offset, &in)) {
      Fail(code, "no instruction at " + std::to_string(offset));
      return;
    }
    int effect = compiler::StackEffect(in.op, in.arg);
    if (compiler::EndsFlow(in.op) && !IsJump(in.op)) {
      // Nothing runs after it in this frame: all there is to check is that
      // the stack holds what it pops.
      if (depth + effect < 0) {
        Fail(code, std::string(compiler::OpcodeName(in.op)) + " at " +
                       std::to_string(offset) + " pops below the stack");
      }
      ++effects_checked_[static_cast<int>(in.op)];
      PendingOf(frame).code = nullptr;
      return;
    }
    PendingOf(frame) = Pending{&code, in, depth};
  }

  void ExceptionCaught(const Frame& frame) override {
    PendingOf(frame).code = nullptr;
  }

  // Starts a new program: code addresses from the last one mean nothing now.
  void StartRun() {
    blocks_.clear();
    pending_.clear();
    last_code_ = nullptr;
    last_frame_ = nullptr;
    failed_blocks_.clear();
  }

  // The blocks of this run, those that did not run among them.
  const std::unordered_map<const RawCode*, BlockRun>& blocks() const {
    return blocks_;
  }
  std::vector<std::string> TakeFailures() { return std::move(failures_); }

  // Notes how deep the blocks of the run went, for Summary.
  void FinishRun(const std::string& program) {
    for (const auto& [code, run] : blocks_) {
      if (run.deepest < 0) continue;
      ++blocks_run_;
      if (run.deepest == run.max_stack) {
        ++blocks_at_max_;
      } else if (run.deepest + kSlack < run.max_stack) {
        shallow_ << "  " << program << ": '" << run.name << "' went to "
                 << run.deepest << " of " << run.max_stack << "\n";
      }
    }
  }

  // How many blocks ran, how many reached their max_stack, and which stayed
  // well below it. Those took paths short of the deepest (an exception handler
  // that no exception reached, say): the depths the compiler computes are
  // checked exactly by Compiled, on every path.
  std::string Summary() const {
    std::ostringstream text;
    text << blocks_run_ << " blocks ran, " << blocks_at_max_
         << " reached their max_stack; these stayed more than " << kSlack
         << " below it:\n"
         << shallow_.str();
    return text.str();
  }
  const int* effects_checked() const { return effects_checked_; }
  const int* jumps_checked() const { return jumps_checked_; }

 private:
  struct Pending {
    const RawCode* code;  // null when nothing is pending
    Instruction instruction;
    int depth;
  };

  // The lookups run for every instruction, so they remember the last one.
  BlockRun& BlockOf(const RawCode& code) {
    if (&code != last_code_) {
      // A block compiled before this run (a generator from the last one,
      // finalized now) has no depths worked out.
      auto [it, added] = blocks_.try_emplace(&code);
      if (added) it->second = BlockRun{NameOf(code), code.max_stack, -1, {}};
      last_code_ = &code;
      last_block_ = &it->second;
    }
    return *last_block_;
  }

  Pending& PendingOf(const Frame& frame) {
    if (&frame != last_frame_) {
      last_frame_ = &frame;
      last_pending_ = &pending_[&frame];
    }
    return *last_pending_;
  }

  // The instruction the frame ran last, now that the frame is at `offset`:
  // either after it or at its jump's target. (After a yield the frame resumes
  // after the instruction too; a yield from that yielded runs again, and its
  // frame comes back to it, which is neither, as is an exception handler.)
  void CheckEffectOfPrevious(const Frame& frame, uint32_t offset, int depth) {
    Pending& slot = PendingOf(frame);
    Pending pending = slot;
    slot.code = nullptr;
    if (pending.code != frame.code) return;
    const Instruction& in = pending.instruction;
    int effect;
    if (offset == in.next) {
      effect = compiler::StackEffect(in.op, in.arg);
    } else if (IsJump(in.op) && offset == in.target) {
      effect = compiler::JumpStackEffect(in.op, in.arg);
      ++jumps_checked_[static_cast<int>(in.op)];
    } else {
      return;
    }
    ++effects_checked_[static_cast<int>(in.op)];
    if (depth - pending.depth != effect) {
      Fail(*frame.code, std::string(compiler::OpcodeName(in.op)) + " " +
                            std::to_string(in.arg) + " at offset " +
                            std::to_string(in.offset) +
                            " changed the depth by " +
                            std::to_string(depth - pending.depth) +
                            "; the table says " + std::to_string(effect));
    }
  }

  void Fail(const RawCode& code, const std::string& what) {
    // One report per block is enough to go on.
    if (!failed_blocks_.insert(&code).second) return;
    failures_.push_back("block '" + NameOf(code) + "': " + what + "\n" +
                        ListingOf(code));
  }

  static constexpr int kSlack = 2;

  // Pointers to elements of unordered maps stay valid as the maps grow.
  std::unordered_map<const RawCode*, BlockRun> blocks_;
  const RawCode* last_code_ = nullptr;
  BlockRun* last_block_ = nullptr;
  std::unordered_map<const Frame*, Pending> pending_;
  const Frame* last_frame_ = nullptr;
  Pending* last_pending_ = nullptr;
  std::set<const RawCode*> failed_blocks_;
  int blocks_run_ = 0;
  int blocks_at_max_ = 0;
  std::ostringstream shallow_;
  std::vector<std::string> failures_;
  int effects_checked_[kOpcodeCount] = {};
  int jumps_checked_[kOpcodeCount] = {};
};

DepthChecker* checker = nullptr;

void NoteCompiled(const RawCode& code) { checker->Compiled(code); }

class StackDepthTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    static bool initialized = false;
    if (!initialized) InitVm();
    initialized = true;
  }
  void SetUp() override {
    checker = &checker_;
    SetInstructionObserver(&checker_);
  }
  void TearDown() override {
    SetInstructionObserver(nullptr);
    checker = nullptr;
  }

  // Runs source in fresh globals under the checker; returns the uncaught
  // exception's last traceback line, or "". Failed checks fail the test.
  std::string Run(const std::string& name, const std::string& source,
                  parser::InputKind input = parser::InputKind::kFile) {
    checker_.StartRun();
    lexer::BufferReader reader(source.data(), source.size());
    ExecOptions options;
    options.source_name = objects::q::string_file;
    options.input = input;
    options.on_compiled = &NoteCompiled;
    objects::Map* globals = &objects::NewDict()->map;
    std::string uncaught;
    objects::NlrBuf nlr;
    if (MP_NLR_PUSH(nlr) == 0) {
      ExecSource(reader, options, globals);
      objects::NlrPop(nlr);
    } else {
      hal::testing::TakeErrors();
      ReportUncaughtException(nlr.exception);
      uncaught = hal::testing::TakeErrors();
    }
    hal::testing::TakeOutput();
    checker_.FinishRun(name);
    for (const std::string& failure : checker_.TakeFailures()) {
      ADD_FAILURE() << name << ": " << failure;
    }
    return uncaught;
  }

  void RunSnippets();
  void RunConformanceScripts();

  DepthChecker checker_;
};

// Straight-line code reaches the depth the compiler computes, exactly.
TEST_F(StackDepthTest, StraightLineCodeReachesItsMaxStack) {
  const std::pair<const char*, int> kCases[] = {
      {"b = c = d = 2\na = b + c * d\n", 3},
      {"x = 1\n", 1},
      {"print(1, (2, [3, {4: 5}]), sep='')\n", 6},
      {"a = [1, 2]\na[0] += a[1] * 2\n", 5},
      {"a, b = 1, 2\nb, a = a, b\n", 2},
      {"def f(*a, **k):\n  return a, k\nf(1, *[2], x=3, **{'y': 4})\n", 5},
  };
  for (const auto& [source, depth] : kCases) {
    EXPECT_EQ(Run(source, source), "") << source;
    for (const auto& [code, run] : checker_.blocks()) {
      if (run.name != "<module>") continue;
      EXPECT_EQ(run.max_stack, depth) << source;
      EXPECT_EQ(run.deepest, run.max_stack) << source;
    }
  }
}

// Every construct the compiler has, each snippet printing nothing of interest:
// what matters is the depths on the way.
const char* const kSnippets[] = {
    // Imports of the built-in modules (no file system here).
    "import sys\nimport micropython as mp\nfrom micropython import const\n"
    "from sys import *\nx = const(1) + len(path)\n",
    // Expressions of every kind.
    "a = 5\nb = 3\n"
    "r = [a + b, a - b, a * b, a // b, a % b, a ** 2, a << 1, a >> 1,\n"
    "     a & b, a | b, a ^ b, -a, +a, ~a, not a, a if b else b,\n"
    "     a < b, a <= b, a > b, a >= b, a == b, a != b, a is b, a is not b,\n"
    "     1 < a < 10 < b * 9, a in [1, 5], a not in (1,), a and b, a or b,\n"
    "     (y := a + 1), y, len('abc'), 'abc'[1], 'abcdef'[1:4],\n"
    "     'abcdef'[::2], 'abcdef'[1:5:2], [1, 2][-1:], {1, 2}, {'k': a}]\n",
    // Calls, methods, *args and **kwargs.
    "def f(a, b=2, *rest, c=3, **kw):\n"
    "    return (a, b, rest, c, kw)\n"
    "args = [1, 2, 3]\nkw = {'c': 4, 'd': 5}\n"
    "f(1)\nf(1, 2, 3, c=4, e=6)\nf(*args)\nf(**{'a': 1})\n"
    "f(0, *args, *args, c=1, **kw)\nf(*args, e=1, **kw)\n"
    "l = []\nl.append(1)\nl.extend([2, 3])\nl.insert(0, l.pop())\n"
    "d = {}\nd.setdefault('k', []).append(1)\n",
    // Displays with starred items.
    "a = [1, 2]\nd = {'x': 1}\n"
    "t = (*a, 3, *a)\nl = [0, *a, *range(3)]\ns = {*a, 4, *a}\n"
    "e = {**d, 'y': 2, **{'z': 3}}\n",
    // Comprehensions, nested and filtered.
    "r = [x * y for x in range(3) for y in range(x) if y % 2 == 0]\n"
    "s = {x % 3 for x in range(10) if x}\n"
    "d = {x: [y for y in range(x)] for x in range(4)}\n"
    "g = sum(x for x in range(5) if x != 2)\n"
    "def f(n):\n    return [[i + j for j in range(n)] for i in range(n)]\n"
    "f(3)\n",
    // Generators, yield from, send, throw, close.
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        x = yield i\n"
    "        if x:\n"
    "            yield x * 2\n"
    "    return n\n"
    "def outer():\n"
    "    r = yield from gen(3)\n"
    "    yield r\n"
    "list(outer())\n"
    "g = gen(5)\nnext(g)\ng.send(7)\nnext(g)\n"
    "try:\n    g.throw(ValueError)\nexcept ValueError:\n    pass\n"
    "def closing():\n"
    "    try:\n        yield 1\n        yield 2\n    finally:\n        pass\n"
    "c = closing()\nnext(c)\nc.close()\n"
    "def swallow():\n"
    "    while True:\n"
    "        try:\n            yield 1\n"
    "        except KeyError:\n            pass\n"
    "w = swallow()\nnext(w)\nw.throw(KeyError)\nw.throw(KeyError)\n",
    // Coroutines and await.
    "async def inner(x):\n    return x + 1\n"
    "async def outer():\n    a = await inner(1)\n    return await inner(a)\n"
    "c = outer()\n"
    "try:\n    c.send(None)\nexcept StopIteration as e:\n    r = e.value\n",
    // try/except/else/finally, with return, break and continue through them.
    "def f(x):\n"
    "    try:\n"
    "        if x == 0:\n            return 'zero'\n"
    "        1 // (x - 1)\n"
    "    except ZeroDivisionError as e:\n"
    "        return 'one'\n"
    "    except (KeyError, ValueError):\n"
    "        raise\n"
    "    else:\n"
    "        return 'other'\n"
    "    finally:\n"
    "        x = None\n"
    "[f(0), f(1), f(2)]\n"
    "for i in range(4):\n"
    "    try:\n"
    "        try:\n"
    "            if i == 1:\n                continue\n"
    "            if i == 3:\n                break\n"
    "            raise KeyError(i)\n"
    "        finally:\n"
    "            j = i\n"
    "    except KeyError:\n"
    "        pass\n"
    "else:\n    pass\n"
    "while True:\n"
    "    try:\n        break\n    finally:\n        k = 1\n"
    "def g():\n"
    "    for i in range(3):\n"
    "        try:\n            return [i for _ in range(2)]\n"
    "        finally:\n            pass\n"
    "g()\n",
    // raise, raise from, re-raise, nested handlers, assert.
    "def fail(e):\n    raise e\n"
    "try:\n    fail(ValueError('a'))\nexcept ValueError as e:\n"
    "    try:\n        raise KeyError('b') from e\n"
    "    except KeyError:\n        pass\n"
    "try:\n"
    "    try:\n        [][1]\n    except IndexError:\n        raise\n"
    "except IndexError:\n    pass\n"
    "try:\n    assert 1 == 2, 'no'\nexcept AssertionError:\n    pass\n"
    "assert True\n",
    // Unpacking in assignments and loops.
    "a, b = 1, 2\n(a, b), c = (3, 4), 5\na, *b, c = range(6)\n*a, b = [1, 2]\n"
    "[a, [b, *c]] = [1, [2, 3, 4]]\n"
    "for i, (j, k) in [(1, (2, 3))]:\n    pass\n"
    "for *x, y in [(1, 2, 3)]:\n    pass\n"
    "a = b = c = 7\n",
    // Augmented assignment on names, slots, cells, subscripts.
    "x = 1\nx += 2\nx *= 3\nl = [1, 2]\nl[0] -= 1\nl[1] <<= 2\n"
    "d = {'k': 1}\nd['k'] |= 6\n"
    "def f():\n    y = 1\n    y += 1\n    z = [0]\n    z[0] += y\n"
    "    def g():\n        nonlocal y\n        y += 1\n    g()\n    return y\n"
    "f()\n",
    // Names: global, nonlocal, del, closures.
    "g1 = 1\n"
    "def f():\n"
    "    global g1, g2\n"
    "    g2 = g1\n"
    "    del g1\n"
    "    a = 1\n"
    "    del a\n"
    "    b = [1, 2, 3]\n"
    "    del b[0], b[0:1]\n"
    "    c = 0\n"
    "    def h():\n"
    "        nonlocal c\n"
    "        c = c + 1\n"
    "        return c\n"
    "    h()\n"
    "    return lambda: c + h()\n"
    "f()()\n"
    "x = 1\ndel x\n",
    // Loops with else, nested break and continue, conditionals.
    "n = 0\n"
    "while n < 10:\n"
    "    n += 1\n"
    "    if n % 2:\n        continue\n"
    "    elif n > 7:\n        break\n"
    "    else:\n        pass\n"
    "else:\n    n = -1\n"
    "for i in range(3):\n"
    "    for j in range(3):\n"
    "        if j > i:\n            break\n"
    "    else:\n        pass\n",
    // Functions: defaults, keyword-only, lambdas, recursion.
    "def fib(n, *, memo=None):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "fib(8)\n"
    "k = lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)\n"
    "k(1, d=2)\n",
    // Exceptions escaping generators and calls, caught outside.
    "def bad():\n    yield 1\n    raise StopIteration\n"
    "try:\n    list(bad())\nexcept RuntimeError:\n    pass\n"
    "def deep(n):\n    return 1 // 0 if n == 0 else deep(n - 1) + 1\n"
    "try:\n    deep(5)\nexcept ZeroDivisionError:\n    pass\n",
};

void StackDepthTest::RunSnippets() {
  for (const char* source : kSnippets) {
    EXPECT_EQ(Run(source, source), "") << source;
  }
  // Only the REPL prints expression statements.
  EXPECT_EQ(Run("repl", "1 + 2\n", parser::InputKind::kSingle), "");
  EXPECT_EQ(
      Run("repl", "for i in range(2):\n  i\n\n", parser::InputKind::kSingle),
      "");
}

// The conformance scripts run as they are (some end with an uncaught
// exception on purpose), in the test's temporary directory, where those of
// tests/python/files write their files.
void StackDepthTest::RunConformanceScripts() {
  std::vector<std::filesystem::path> scripts;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           "tests/python",
           std::filesystem::directory_options::follow_directory_symlink)) {
    if (entry.path().extension() == ".py") {
      scripts.push_back(std::filesystem::absolute(entry.path()));
    }
  }
  std::sort(scripts.begin(), scripts.end());
  ASSERT_GT(scripts.size(), 20u);
  const char* temporary = getenv("TEST_TMPDIR");
  ASSERT_NE(temporary, nullptr);
  std::filesystem::current_path(temporary);
  for (const auto& path : scripts) {
    std::ifstream file(path);
    std::stringstream source;
    source << file.rdbuf();
    Run(path.string(), source.str());
  }
}

TEST_F(StackDepthTest, SnippetsAndConformanceScriptsCheckEveryOpcode) {
  RunSnippets();
  RunConformanceScripts();
  printf("%s", checker_.Summary().c_str());
  for (int i = 0; i < kOpcodeCount; ++i) {
    auto op = static_cast<Opcode>(i);
    // An opcode that nothing here runs needs a snippet in kSnippets.
    EXPECT_GT(checker_.effects_checked()[i], 0)
        << compiler::OpcodeName(op) << " never ran to completion";
    if (IsJump(op) && op != Opcode::kSetupExcept && op != Opcode::kJump) {
      EXPECT_GT(checker_.jumps_checked()[i], 0)
          << compiler::OpcodeName(op) << " never jumped";
    }
  }
}

}  // namespace
}  // namespace mp::vm
