#include "compiler/compiler.h"

#include <string.h>

#include <memory>
#include <string>
#include <vector>

#include "compiler/scope.h"
#include "gtest/gtest.h"
#include "lexer/reader.h"
#include "lexer/test_allocator.h"
#include "objects/exception.h"
#include "objects/state.h"
#include "objects/testing.h"
#include "parser/parser.h"

namespace mp::compiler {
namespace {

using objects::Qstr;
using objects::testing::RaisedBy;

class QstrNames final : public parser::NameTable {
 public:
  uint32_t Intern(const char* text, size_t length) override {
    return objects::Shared().qstrs.Intern(text, length);
  }
};

Qstr Q(const char* text) {
  return objects::Shared().qstrs.Intern(text, strlen(text));
}

// Parses source into a tree that lives until the fixture ends.
class CompilerTest : public ::testing::Test {
 protected:
  parser::Node Parse(const std::string& source) {
    sources_.push_back(std::make_unique<std::string>(source));
    readers_.push_back(std::make_unique<lexer::BufferReader>(
        sources_.back()->data(), sources_.back()->size()));
    parsers_.push_back(
        std::make_unique<parser::Parser>(*readers_.back(), allocator_, names_));
    parser::ParseResult result =
        parsers_.back()->Parse(parser::InputKind::kFile);
    EXPECT_EQ(result.error, parser::ErrorKind::kNone) << result.message;
    return result.root;
  }
  void TearDown() override {
    for (auto& parser : parsers_) parser->Release();
    EXPECT_EQ(allocator_.live(), 0u);
  }
  RawCode* Compile(const std::string& source) {
    CompileOptions options;
    options.source_file = objects::q::string_file;
    return CompileModule(Parse(source), options);
  }
  std::string CompileError(const std::string& source) {
    parser::Node tree = Parse(source);
    CompileOptions options;
    options.source_file = objects::q::string_file;
    objects::NlrBuf nlr;
    if (MP_NLR_PUSH(nlr) == 0) {
      CompileModule(tree, options);
      objects::NlrPop(nlr);
      return "";
    }
    const auto* exception = nlr.exception.As<objects::ExceptionObject>();
    std::string line = exception->traceback_length > 0
                           ? std::to_string(exception->traceback[0].line)
                           : "?";
    return "line " + line + ": " +
           objects::testing::DescribeException(nlr.exception);
  }

  lexer::TestAllocator allocator_;
  QstrNames names_;
  // A test may parse several sources; their trees live until TearDown.
  std::vector<std::unique_ptr<std::string>> sources_;
  std::vector<std::unique_ptr<lexer::BufferReader>> readers_;
  std::vector<std::unique_ptr<parser::Parser>> parsers_;
};

NameKind KindOf(Scope* scope, const char* name) {
  NameInfo* info = scope->Find(Q(name));
  EXPECT_NE(info, nullptr) << name;
  return info != nullptr ? info->kind : NameKind::kUnresolved;
}

TEST_F(CompilerTest, ScopesClassifyEveryName) {
  Scope* module = AnalyzeScopes(Parse("g = 1\n"
                                      "def outer(a, b=2, *rest, k):\n"
                                      "    global h\n"
                                      "    c = a\n"
                                      "    h = c\n"
                                      "    def inner():\n"
                                      "        nonlocal b\n"
                                      "        b = c + g + len(rest)\n"
                                      "    return inner\n"),
                                objects::q::string_file);
  EXPECT_EQ(KindOf(module, "g"), NameKind::kGlobalImplicit);
  ASSERT_EQ(module->child_count, 1u);
  Scope* outer = module->children[0];
  EXPECT_EQ(outer->n_positional, 2);
  EXPECT_EQ(outer->n_kwonly, 1);
  EXPECT_TRUE(outer->flags & kVarArgs);
  EXPECT_EQ(KindOf(outer, "a"), NameKind::kLocal);
  EXPECT_EQ(KindOf(outer, "b"), NameKind::kCell);
  EXPECT_EQ(KindOf(outer, "c"), NameKind::kCell);
  EXPECT_EQ(KindOf(outer, "rest"), NameKind::kCell);
  EXPECT_EQ(KindOf(outer, "h"), NameKind::kGlobalExplicit);
  EXPECT_EQ(KindOf(outer, "inner"), NameKind::kLocal);
  // Parameters keep the first slots, in order: a, b, *rest, k.
  EXPECT_EQ(outer->Find(Q("a"))->slot, 0);
  EXPECT_EQ(outer->Find(Q("b"))->slot, 1);
  EXPECT_EQ(outer->Find(Q("rest"))->slot, 2);
  EXPECT_EQ(outer->Find(Q("k"))->slot, 3);
  Scope* inner = outer->children[0];
  EXPECT_EQ(KindOf(inner, "b"), NameKind::kFree);
  EXPECT_EQ(KindOf(inner, "c"), NameKind::kFree);
  EXPECT_EQ(KindOf(inner, "g"), NameKind::kGlobalImplicit);
  EXPECT_EQ(KindOf(inner, "len"), NameKind::kGlobalImplicit);
  EXPECT_EQ(inner->n_free, 3);
  // Free variables take the last slots.
  EXPECT_GE(inner->Find(Q("b"))->slot, inner->n_slots - inner->n_free);
}

TEST_F(CompilerTest, CapturedVariablesPassThroughIntermediateFunctions) {
  Scope* module = AnalyzeScopes(Parse("def a():\n"
                                      "    x = 1\n"
                                      "    def b():\n"
                                      "        def c():\n"
                                      "            return x\n"
                                      "        return c\n"
                                      "    return b\n"),
                                objects::q::string_file);
  Scope* a = module->children[0];
  Scope* b = a->children[0];
  Scope* c = b->children[0];
  EXPECT_EQ(KindOf(a, "x"), NameKind::kCell);
  EXPECT_EQ(KindOf(b, "x"), NameKind::kFree);
  EXPECT_EQ(KindOf(c, "x"), NameKind::kFree);
}

TEST_F(CompilerTest, ClassBodiesHideTheirNamesFromMethods) {
  Scope* module = AnalyzeScopes(Parse("def f():\n"
                                      "    y = 1\n"
                                      "    class C:\n"
                                      "        x = y\n"
                                      "        z = 2\n"
                                      "        def m(self):\n"
                                      "            return z\n"),
                                objects::q::string_file);
  Scope* f = module->children[0];
  Scope* c = f->children[0];
  Scope* m = c->children[0];
  EXPECT_EQ(c->kind, ScopeKind::kClass);
  // The class reads y from the function around it, through its cell.
  EXPECT_EQ(KindOf(f, "y"), NameKind::kCell);
  EXPECT_EQ(KindOf(c, "y"), NameKind::kFree);
  // Its own names live in its namespace, not in slots...
  EXPECT_EQ(KindOf(c, "x"), NameKind::kLocal);
  EXPECT_EQ(c->n_slots, 1);
  // ...and the method does not see them: z there is a global.
  EXPECT_EQ(KindOf(m, "z"), NameKind::kGlobalImplicit);
}

TEST_F(CompilerTest, SuperGivesTheMethodAClassCell) {
  Scope* module = AnalyzeScopes(Parse("class C(B):\n"
                                      "    def m(self):\n"
                                      "        return super().m()\n"
                                      "    def n(self):\n"
                                      "        return 1\n"),
                                objects::q::string_file);
  Scope* c = module->children[0];
  EXPECT_EQ(KindOf(c, "__class__"), NameKind::kCell);
  EXPECT_EQ(KindOf(c->children[0], "__class__"), NameKind::kFree);
  EXPECT_EQ(c->children[1]->Find(Q("__class__")), nullptr);
}

TEST_F(CompilerTest, MisplacedStatementsAreSyntaxErrors) {
  EXPECT_EQ(CompileError("x = 1\nreturn x\n"),
            "line 2: SyntaxError: 'return' outside function");
  EXPECT_EQ(CompileError("if x:\n    break\n"),
            "line 2: SyntaxError: 'break' outside loop");
  EXPECT_EQ(CompileError("continue\n"),
            "line 1: SyntaxError: 'continue' outside loop");
  EXPECT_EQ(CompileError("nonlocal x\n"),
            "line 1: SyntaxError: can't declare nonlocal in outer code");
  EXPECT_EQ(CompileError("def f():\n    nonlocal y\n"),
            "line 1: SyntaxError: no binding for nonlocal found");
  EXPECT_EQ(
      CompileError("def f(a, a):\n    pass\n"),
      "line 1: SyntaxError: duplicate argument name in function definition");
  EXPECT_EQ(CompileError("x = 1\n1 = x\n"),
            "line 2: SyntaxError: can't assign to literal");
  EXPECT_EQ(CompileError("f() = 1\n"),
            "line 1: SyntaxError: can't assign to expression");
  EXPECT_EQ(CompileError("'s' = 1\n"),
            "line 1: SyntaxError: can't assign to literal");
  EXPECT_EQ(CompileError("*a = 1\n"),
            "line 1: SyntaxError: starred assignment target must be in a list "
            "or tuple");
  EXPECT_EQ(CompileError("del f()\n"),
            "line 1: SyntaxError: can't delete expression");
}

TEST_F(CompilerTest, StackDepthIsTheDeepestExpression) {
  EXPECT_EQ(Compile("x = 1\n")->max_stack, 1);
  EXPECT_EQ(Compile("x = a + b * c\n")->max_stack, 3);
  // f, then three arguments, one of them a call with two.
  EXPECT_EQ(Compile("f(1, g(2, 3), 4)\n")->max_stack, 5);
  // Keyword arguments take a name and a value each.
  EXPECT_EQ(Compile("f(a=1, b=2)\n")->max_stack, 5);
  // An except handler starts with two values: the exception before and the new
  // one.
  EXPECT_EQ(Compile("try:\n  pass\nexcept E:\n  pass\n")->max_stack, 4);
}

// A folded expression is one constant: one stack slot, and a short body.
TEST_F(CompilerTest, ConstantIntExpressionsFoldUnlessTheyWouldRaise) {
  RawCode* folded = Compile("x = (1 + 2) * 3 - (7 // 2) ** 2 + (1 << 4)\n");
  EXPECT_EQ(folded->max_stack, 1);
  RawCode* plain = Compile("x = 7\n");
  EXPECT_EQ(folded->bytecode_length, plain->bytecode_length);
  // Division by zero, negative shifts and huge results are left to run time.
  EXPECT_EQ(Compile("x = 1 // 0\n")->max_stack, 2);
  EXPECT_EQ(Compile("x = 1 << -1\n")->max_stack, 2);
  EXPECT_EQ(Compile("x = 2 ** 10000\n")->max_stack, 2);
  EXPECT_EQ(Compile("x = 1 / 2\n")->max_stack, 2);
  // const() names fold where they mean the module's name.
  EXPECT_EQ(Compile("N = const(4)\nx = N * N + 1\n")->max_stack, 1);
}

TEST_F(CompilerTest, HandlerDepthCountsNesting) {
  EXPECT_EQ(Compile("x = 1\n")->max_handlers, 0);
  EXPECT_EQ(Compile("try:\n  pass\nexcept:\n  pass\n")->max_handlers, 1);
  EXPECT_EQ(
      Compile("try:\n  try:\n    pass\n  finally:\n    pass\nexcept:\n  pass\n")
          ->max_handlers,
      2);
  // try/except/finally is a try/except inside a try/finally.
  EXPECT_EQ(Compile("try:\n  pass\nexcept:\n  pass\nfinally:\n  pass\n")
                ->max_handlers,
            2);
}

TEST_F(CompilerTest, FunctionsBecomeChildCode) {
  RawCode* module =
      Compile("def f(a, b=1, *c, d, e=2):\n  return a\nlambda: 0\n");
  ASSERT_EQ(module->child_count, 2);
  const RawCode* f = module->children[0];
  EXPECT_EQ(f->name, Q("f"));
  EXPECT_EQ(f->n_positional, 2);
  EXPECT_EQ(f->n_kwonly, 2);
  EXPECT_EQ(f->flags, kVarArgs);
  EXPECT_EQ(f->slot_names[0], Q("a"));
  EXPECT_EQ(f->slot_names[3], Q("d"));
  EXPECT_EQ(module->children[1]->name, objects::q::lambda_block);
}

TEST_F(CompilerTest, LineTableGivesEachInstructionsLine) {
  RawCode* code = Compile("a = 1\n\n\nb = 2\nc = (3 +\n  4)\n");
  EXPECT_EQ(LineAt(*code, 0), 1u);
  // The last instructions (the implicit return) belong to the last statement's
  // line.
  EXPECT_EQ(LineAt(*code, code->bytecode_length - 1), 5u);
  bool saw_line_4 = false;
  for (size_t offset = 0; offset < code->bytecode_length; ++offset) {
    saw_line_4 = saw_line_4 || LineAt(*code, offset) == 4;
  }
  EXPECT_TRUE(saw_line_4);
}

TEST_F(CompilerTest, ExceptStarClausesCannotBeLeftByJumps) {
  EXPECT_EQ(CompileError("def f():\n"
                         "  try:\n"
                         "    pass\n"
                         "  except* ValueError:\n"
                         "    return 1\n"),
            "line 5: SyntaxError: 'break', 'continue' and 'return' cannot "
            "appear in an except* block");
  EXPECT_EQ(CompileError("for x in y:\n"
                         "  try:\n"
                         "    pass\n"
                         "  except* ValueError:\n"
                         "    break\n"),
            "line 5: SyntaxError: 'break', 'continue' and 'return' cannot "
            "appear in an except* block");
  // A loop inside the clause may break out of itself.
  EXPECT_EQ(CompileError("try:\n"
                         "  pass\n"
                         "except* ValueError:\n"
                         "  for x in y:\n"
                         "    break\n"),
            "");
}

TEST_F(CompilerTest, MisplacedYieldAndAwaitAreSyntaxErrors) {
  EXPECT_EQ(CompileError("yield 1\n"),
            "line 1: SyntaxError: 'yield' outside function");
  EXPECT_EQ(CompileError("def f():\n  return [(yield x) for x in y]\n"),
            "line 2: SyntaxError: 'yield' inside list comprehension");
  EXPECT_EQ(CompileError("def f():\n  await x\n"),
            "line 2: SyntaxError: 'await' outside async function");
  EXPECT_EQ(CompileError("await x\n"),
            "line 1: SyntaxError: 'await' outside function");
  EXPECT_EQ(CompileError("async def f():\n  yield from x\n"),
            "line 2: SyntaxError: 'yield from' inside async function");
  EXPECT_EQ(CompileError("async def f():\n  yield 1\n  return 2\n"),
            "line 3: SyntaxError: 'return' with value in async generator");
  EXPECT_EQ(CompileError("def f():\n  return [x for x in y]\n"), "");
  EXPECT_EQ(CompileError("async def f():\n  return [await x for x in y]\n"),
            "");
}

std::string Repeat(const std::string& piece, size_t times) {
  std::string text;
  for (size_t i = 0; i < times; ++i) text += piece;
  return text;
}

// Lets the code after it use `bytes` more of the C stack than this frame
// does, until it goes out of scope.
class StackBudget {
 public:
  explicit StackBudget(size_t bytes) : saved_(objects::Thread().stack_limit) {
    objects::ThreadState& thread = objects::Thread();
    thread.stack_limit = static_cast<size_t>(thread.stack_top -
                                             static_cast<const char*>(
                                                 __builtin_frame_address(0))) +
                         bytes;
  }
  ~StackBudget() { objects::Thread().stack_limit = saved_; }

 private:
  size_t saved_;
};

// The parser loops over these, but their trees are as deep as they are long,
// and the compiler recurses over trees: it must stop at the stack limit (a
// board has 32 KiB of stack) with MicroPython's RuntimeError.
TEST_F(CompilerTest, DeepTreesRaiseRuntimeErrorAtTheStackLimit) {
  const std::string sources[] = {
      "x = 1" + Repeat(" + 1", 100000) + "\n",
      "x = a" + Repeat(" - a", 100000) + "\n",
      "x" + Repeat(".a", 100000) + " = 1\n",
      "del x" + Repeat("[0]", 100000) + "\n",
      "if x" + Repeat("(0)", 100000) + ": pass\n",
      "with " + Repeat("a, ", 50000) + "a: pass\n",
      "[x " + Repeat("for x in y ", 100000) + "]\n",
      "f = lambda: a" + Repeat(" * a", 100000) + "\n",
  };
  for (const std::string& source : sources) {
    StackBudget budget(64 * 1024);
    std::string error = CompileError(source);
    EXPECT_NE(error.find("RuntimeError: maximum recursion depth exceeded"),
              std::string::npos)
        << source.substr(0, 20) << ": " << error;
  }
}

TEST_F(CompilerTest, ElifChainsNeedNoRecursion) {
  std::string source =
      "if a: x = 0\n" + Repeat("elif a: x = 1\n", 1000) + "else: x = 2\n";
  StackBudget budget(32 * 1024);
  EXPECT_EQ(CompileError(source), "");
}

}  // namespace
}  // namespace mp::compiler
