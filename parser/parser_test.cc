#include "parser/parser.h"

#include <map>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lexer/small_stack.h"
#include "lexer/test_allocator.h"
#include "parser/dump.h"

namespace mp::parser {
namespace {

using lexer::BufferReader;
using lexer::TestAllocator;

class TestNames final : public NameTable {
 public:
  uint32_t Intern(const char* text, size_t length) override {
    std::string name(text, length);
    auto [it, added] = ids_.emplace(name, static_cast<uint32_t>(names_.size()));
    if (added) names_.push_back(name);
    return it->second;
  }
  std::string NameOf(uint32_t id) const { return names_.at(id); }

 private:
  std::map<std::string, uint32_t> ids_;
  std::vector<std::string> names_;
};

// The tree as text, or "SyntaxError@line:column: message" (IndentationError
// likewise).
std::string ParseToText(const std::string& source,
                        InputKind input = InputKind::kFile,
                        size_t budget = SIZE_MAX,
                        const void* stack_limit = nullptr,
                        uint32_t max_nesting = 200) {
  TestAllocator allocator(budget);
  TestNames names;
  BufferReader reader(source.data(), source.size());
  Parser parser(reader, allocator, names);
  parser.set_stack_limit(stack_limit);
  parser.set_max_nesting(max_nesting);
  ParseResult result = parser.Parse(input);
  std::string text;
  switch (result.error) {
    case ErrorKind::kNone:
      text =
          DumpTree(result.root, [&](uint32_t id) { return names.NameOf(id); });
      break;
    case ErrorKind::kSyntax:
    case ErrorKind::kIndentation:
      text =
          std::string(result.error == ErrorKind::kSyntax ? "SyntaxError"
                                                         : "IndentationError") +
          "@" + std::to_string(result.line) + ":" +
          std::to_string(result.column) + ": " + result.message;
      break;
    case ErrorKind::kOutOfMemory:
      text = "OutOfMemory";
      break;
    case ErrorKind::kTooDeep:
      text = "TooDeep@" + std::to_string(result.line) + ": " + result.message;
      break;
  }
  parser.Release();
  EXPECT_EQ(allocator.live(), 0u) << "the parser leaked on: " << source;
  return text;
}

std::string Expression(const std::string& source) {
  return ParseToText(source, InputKind::kEval);
}

TEST(ParserTest, OperatorPrecedence) {
  EXPECT_EQ(Expression("1 + 2 * 3"), "(BinaryOp 1 + (BinaryOp 2 * 3))");
  EXPECT_EQ(Expression("(1 + 2) * 3"), "(BinaryOp (BinaryOp 1 + 2) * 3)");
  EXPECT_EQ(Expression("1 - 2 - 3"), "(BinaryOp (BinaryOp 1 - 2) - 3)");
  EXPECT_EQ(Expression("-2 ** 2"), "(UnaryOp - (BinaryOp 2 ** 2))");
  EXPECT_EQ(Expression("2 ** -1"), "(BinaryOp 2 ** (UnaryOp - 1))");
  EXPECT_EQ(Expression("a ** b ** c"), "(BinaryOp a ** (BinaryOp b ** c))");
  EXPECT_EQ(
      Expression("a | b ^ c & d << e + f // g"),
      "(BinaryOp a | (BinaryOp b ^ (BinaryOp c & (BinaryOp d << (BinaryOp e + "
      "(BinaryOp f // g))))))");
  EXPECT_EQ(Expression("-a * ~b"), "(BinaryOp (UnaryOp - a) * (UnaryOp ~ b))");
}

TEST(ParserTest, BooleanAndComparisonOperators) {
  EXPECT_EQ(Expression("a or b and c or d"), "(Or a (And b c) d)");
  EXPECT_EQ(Expression("not a == b"), "(Not (Compare a == b))");
  EXPECT_EQ(Expression("not not a"), "(Not (Not a))");
  EXPECT_EQ(Expression("a < b <= c"), "(Compare a < b <= c)");
  EXPECT_EQ(Expression("a not in b is not c is d in e"),
            "(Compare a not in b is not c is d in e)");
  EXPECT_EQ(Expression("a if b else c if d else e"),
            "(Conditional b a (Conditional d c e))");
  EXPECT_EQ(ParseToText("x = a + not b").rfind("SyntaxError@1:9", 0), 0u);
}

TEST(ParserTest, AtomsAndTrailers) {
  EXPECT_EQ(Expression("f(1, x=2, *a, **k)(3)"),
            "(Call (Call f 1 (KeywordArgument x 2) (Starred a) (DoubleStarred "
            "k)) 3)");
  EXPECT_EQ(Expression("a.b.c[1][x:y][::2][1:2, 3]"),
            "(Subscript (Subscript (Subscript (Subscript (Attribute (Attribute "
            "a b) c) 1) "
            "(Slice x y _)) (Slice _ _ 2)) (Tuple (Slice 1 2 _) 3))");
  EXPECT_EQ(Expression("(1,)"), "(Tuple 1)");
  EXPECT_EQ(Expression("()"), "(Tuple)");
  EXPECT_EQ(Expression("(1)"), "1");
  EXPECT_EQ(Expression("[1, *a, 2,]"), "(List 1 (Starred a) 2)");
  EXPECT_EQ(Expression("{}"), "(Dict)");
  EXPECT_EQ(Expression("{1: 2, 'a': b}"), "(Dict 1 2 (String 'a') b)");
  EXPECT_EQ(Expression("{1, 2}"), "(Set 1 2)");
  EXPECT_EQ(Expression("None, True, False, ..."),
            "(Tuple None True False ...)");
  EXPECT_EQ(Expression("lambda x, y=1: x"),
            "(Lambda (Parameters (Parameter x _ _) (Parameter y 1 _)) x)");
  EXPECT_EQ(Expression("(y := 3)"), "(NamedExpression y 3)");
}

TEST(ParserTest, NumbersAndStrings) {
  EXPECT_EQ(Expression("0x1F, 0o17, 0b101, 1_000, 0, 00, 0_0"),
            "(Tuple 31 15 5 1000 0 0 0)");
  EXPECT_EQ(Expression("123456789012345678901234567890"),
            "(BigInteger '123456789012345678901234567890')");
  EXPECT_EQ(Expression("1.5e3, 2j"), "(Tuple (Float '1.5e3') (Float '2j'))");
  EXPECT_EQ(Expression("'a' \"b\" '''c'''"), "(String 'abc')");
  EXPECT_EQ(Expression("b'\\x00' b'z'"), "(Bytes '\\x00z')");
  for (const char* bad :
       {"012", "1abc", "0x", "1__0", "1_", "0b2", "1.2.3", "1e", "0x1.5"}) {
    EXPECT_EQ(Expression(bad), "SyntaxError@1:1: invalid syntax for number")
        << bad;
  }
  EXPECT_EQ(Expression("'a' b'b'"),
            "SyntaxError@1:5: cannot mix bytes and nonbytes literals");
}

TEST(ParserTest, SimpleStatements) {
  EXPECT_EQ(ParseToText("a = b = 1, 2\nx += 1; y[0] -= f()\nz: int = 3\n"),
            "(Module (Assign a b (Tuple 1 2)) (AugmentedAssign x += 1) "
            "(AugmentedAssign (Subscript y 0) -= (Call f)) (AnnotatedAssign z "
            "int 3))");
  EXPECT_EQ(
      ParseToText("pass\nbreak\ncontinue\nreturn\nreturn 1, 2\n"),
      "(Module (Pass) (Break) (Continue) (Return _) (Return (Tuple 1 2)))");
  EXPECT_EQ(ParseToText("raise\nraise E\nraise E from c\n"),
            "(Module (Raise _ _) (Raise E _) (Raise E c))");
  EXPECT_EQ(
      ParseToText("global a, b\nnonlocal c\ndel a, b[1]\nassert x, 'm'\n"),
      "(Module (Global a b) (Nonlocal c) (Delete a (Subscript b 1)) "
      "(Assert x (String 'm')))");
  EXPECT_EQ(ParseToText("a, *b = c"),
            "(Module (Assign (Tuple a (Starred b)) c))");
  EXPECT_EQ(ParseToText("f(x)"), "(Module (ExpressionStatement (Call f x)))");
}

TEST(ParserTest, CompoundStatements) {
  EXPECT_EQ(ParseToText("if a:\n  x\nelif b: y\nelif c:\n  z\nelse:\n  w\n"),
            "(Module (If a (Block (ExpressionStatement x)) (If b (Block "
            "(ExpressionStatement "
            "y)) (If c (Block (ExpressionStatement z)) (Block "
            "(ExpressionStatement w))))))");
  EXPECT_EQ(ParseToText("while x:\n  pass\nelse:\n  pass\n"),
            "(Module (While x (Block (Pass)) (Block (Pass))))");
  EXPECT_EQ(ParseToText("for i, j in x, y:\n  pass\n"),
            "(Module (For (Tuple i j) (Tuple x y) (Block (Pass)) _))");
  EXPECT_EQ(ParseToText("for i in range(3): pass\n"),
            "(Module (For i (Call range 3) (Block (Pass)) _))");
  EXPECT_EQ(
      ParseToText(
          "try:\n  a\nexcept E as e:\n  b\nexcept (F, G):\n  c\nexcept:\n  d\n"
          "else:\n  e\nfinally:\n  f\n"),
      "(Module (Try (Block (ExpressionStatement a)) (Block "
      "(ExpressionStatement e)) "
      "(Block (ExpressionStatement f)) (ExceptHandler E e (Block "
      "(ExpressionStatement "
      "b))) (ExceptHandler (Tuple F G) _ (Block (ExpressionStatement c))) "
      "(ExceptHandler _ _ (Block (ExpressionStatement d)))))");
  EXPECT_EQ(
      ParseToText(
          "def f(a, b: int = 1, *args, c, d=2, **kw) -> int:\n  return a\n"),
      "(Module (FunctionDef f (Parameters (Parameter a _ _) (Parameter b 1 "
      "int) "
      "(StarParameter args _) (Parameter c _ _) (Parameter d 2 _) "
      "(DoubleStarParameter "
      "kw _)) (Block (Return a)) int))");
  EXPECT_EQ(ParseToText("def f(): pass"),
            "(Module (FunctionDef f (Parameters) (Block (Pass)) _))");
}

TEST(ParserTest, FStrings) {
  EXPECT_EQ(Expression("f'a{x}b'"),
            "(FString (String 'a') (FormattedValue x _ _) (String 'b'))");
  EXPECT_EQ(Expression("f'{x!r:>{w}.2}'"),
            "(FString (FormattedValue x !r (FString (String '>') "
            "(FormattedValue w _ _) (String '.2'))))");
  // {x=} repeats the expression's text, and shows repr unless told otherwise.
  EXPECT_EQ(Expression("f'{x=}'"),
            "(FString (String 'x=') (FormattedValue x !r _))");
  EXPECT_EQ(Expression("f'{ x + 1 = :>5}'"),
            "(FString (String ' x + 1 = ') (FormattedValue (BinaryOp x + 1) _ "
            "(FString (String '>5'))))");
  EXPECT_EQ(Expression("'a' f'{x}' \"b\" f'c'"),
            "(FString (String 'a') (FormattedValue x _ _) (String 'bc'))");
  EXPECT_EQ(Expression("f\"{f'{y}' + 'z'}\""),
            "(FString (FormattedValue (BinaryOp (FString (FormattedValue y _ "
            "_)) + (String 'z')) _ _))");
  EXPECT_EQ(Expression("f'{a, b}{yield}'"),
            "(FString (FormattedValue (Tuple a b) _ _) (FormattedValue (Yield "
            "_) _ _))");
  EXPECT_EQ(Expression("f'{}'"),
            "SyntaxError@1:4: f-string: empty expression not allowed");
  EXPECT_EQ(Expression("f'{x!z}'"),
            "SyntaxError@1:6: f-string: invalid conversion character");
  EXPECT_EQ(Expression("b'a' f'b'"),
            "SyntaxError@1:6: cannot mix bytes and nonbytes literals");
}

TEST(ParserTest, Comprehensions) {
  EXPECT_EQ(Expression("[x for x in y if x if z for w in x]"),
            "(ListComprehension x (ComprehensionFor x y x z) "
            "(ComprehensionFor w x))");
  EXPECT_EQ(Expression("{k: v for k, v in d}"),
            "(DictComprehension k v (ComprehensionFor (Tuple k v) d))");
  EXPECT_EQ(Expression("{x for x in s}"),
            "(SetComprehension x (ComprehensionFor x s))");
  EXPECT_EQ(Expression("(x async for x in y)"),
            "(Generator x (ComprehensionAsyncFor x y))");
  EXPECT_EQ(Expression("f(x for x in y)"),
            "(Call f (Generator x (ComprehensionFor x y)))");
  EXPECT_EQ(Expression("[y := 1 for x in z]"),
            "(ListComprehension (NamedExpression y 1) (ComprehensionFor x z))");
  EXPECT_EQ(Expression("f(x for x in y, 1)"),
            "SyntaxError@1:15: Generator expression must be parenthesized");
  EXPECT_EQ(Expression("[*a for a in b]").rfind("SyntaxError", 0), 0u);
}

TEST(ParserTest, DisplaysWithUnpacking) {
  EXPECT_EQ(Expression("{**a, 'b': 1, **c}"),
            "(Dict (DoubleStarred a) _ (String 'b') 1 (DoubleStarred c) _)");
  EXPECT_EQ(Expression("[*a, *b]"), "(List (Starred a) (Starred b))");
  EXPECT_EQ(Expression("{*a, 1}"), "(Set (Starred a) 1)");
  EXPECT_EQ(Expression("f(*a, *b, **c, **d)"),
            "(Call f (Starred a) (Starred b) (DoubleStarred c) (DoubleStarred "
            "d))");
}

TEST(ParserTest, YieldAndAwait) {
  EXPECT_EQ(ParseToText("x = yield\nyield a, b\ny = yield from z\n"),
            "(Module (Assign x (Yield _)) (ExpressionStatement (Yield (Tuple a "
            "b))) (Assign y (YieldFrom z)))");
  EXPECT_EQ(Expression("f((yield))"), "(Call f (Yield _))");
  EXPECT_EQ(Expression("await a.b(c) ** 2"),
            "(BinaryOp (Await (Call (Attribute a b) c)) ** 2)");
}

TEST(ParserTest, ClassesAndDecorators) {
  EXPECT_EQ(
      ParseToText("@dec\n@a.b(c)\nclass C(B, metaclass=M):\n  pass\n"),
      "(Module (Decorated dec (Call (Attribute a b) c) (ClassDef C (Block "
      "(Pass)) B (KeywordArgument metaclass M))))");
  EXPECT_EQ(ParseToText("class C: pass\n"),
            "(Module (ClassDef C (Block (Pass))))");
  EXPECT_EQ(ParseToText("@x\nasync def f(): pass\n"),
            "(Module (Decorated x (AsyncFunctionDef f (Parameters) (Block "
            "(Pass)) _)))");
  EXPECT_EQ(ParseToText("@x\nx = 1\n").rfind("SyntaxError@2:1", 0), 0u);
}

TEST(ParserTest, AsyncStatements) {
  EXPECT_EQ(ParseToText("async def f():\n  async for x in y:\n    await x\n"
                        "  async with a as b:\n    pass\n"),
            "(Module (AsyncFunctionDef f (Parameters) (Block (AsyncFor x y "
            "(Block (ExpressionStatement (Await x))) _) (AsyncWith (Block "
            "(Pass)) (WithItem a b))) _))");
  EXPECT_EQ(ParseToText("async x = 1\n").rfind("SyntaxError@1:7", 0), 0u);
}

TEST(ParserTest, WithStatements) {
  EXPECT_EQ(ParseToText("with a: pass\n"),
            "(Module (With (Block (Pass)) (WithItem a _)))");
  EXPECT_EQ(ParseToText("with a as (b, c), d as e[0]: pass\n"),
            "(Module (With (Block (Pass)) (WithItem a (Tuple b c)) (WithItem d "
            "(Subscript e 0))))");
  EXPECT_EQ(ParseToText("with (a as b, c,): pass\n"),
            "(Module (With (Block (Pass)) (WithItem a b) (WithItem c _)))");
  EXPECT_EQ(ParseToText("with (a, b): pass\n"),
            "(Module (With (Block (Pass)) (WithItem a _) (WithItem b _)))");
  EXPECT_EQ(ParseToText("with (a, b) as c: pass\n"),
            "(Module (With (Block (Pass)) (WithItem (Tuple a b) c)))");
  EXPECT_EQ(ParseToText("with (f)(x) as y, z: pass\n"),
            "(Module (With (Block (Pass)) (WithItem (Call f x) y) (WithItem z "
            "_)))");
  EXPECT_EQ(ParseToText("with a as: pass\n").rfind("SyntaxError@1:10", 0), 0u);
}

TEST(ParserTest, Imports) {
  EXPECT_EQ(ParseToText("import a.b.c as d, e\n"),
            "(Module (Import (Alias (DottedName a b c) d) (Alias e _)))");
  EXPECT_EQ(
      ParseToText("from . import x\nfrom ..a.b import (c as d, e,)\n"
                  "from ... import f\nfrom g import *\n"),
      "(Module (ImportFrom 1 _ (Alias x _)) (ImportFrom 2 (DottedName a b) "
      "(Alias c d) (Alias e _)) (ImportFrom 3 _ (Alias f _)) (ImportFrom 0 "
      "g *))");
  EXPECT_EQ(ParseToText("from import x\n").rfind("SyntaxError@1:6", 0), 0u);
  EXPECT_EQ(ParseToText("from a import\n").rfind("SyntaxError@1:14", 0), 0u);
  EXPECT_EQ(ParseToText("import a.\n").rfind("SyntaxError@1:10", 0), 0u);
}

TEST(ParserTest, ParameterKinds) {
  EXPECT_EQ(
      ParseToText("def f(a, /, b, *, c): pass\n"),
      "(Module (FunctionDef f (Parameters (Parameter a _ _) "
      "(SlashParameter) (Parameter b _ _) (StarParameter _ _) (Parameter c "
      "_ _)) (Block (Pass)) _))");
  EXPECT_EQ(Expression("lambda a, /, *b, c=1, **d: a"),
            "(Lambda (Parameters (Parameter a _ _) (SlashParameter) "
            "(StarParameter b _) (Parameter c 1 _) (DoubleStarParameter d _)) "
            "a)");
  EXPECT_EQ(ParseToText("def f(/, a): pass\n").rfind("SyntaxError", 0), 0u);
  EXPECT_EQ(ParseToText("def f(*, a, /): pass\n").rfind("SyntaxError", 0), 0u);
  EXPECT_EQ(ParseToText("def f(**k, a): pass\n").rfind("SyntaxError", 0), 0u);
}

TEST(ParserTest, TryExceptStar) {
  EXPECT_EQ(
      ParseToText("try:\n  a\nexcept* E as e:\n  b\nexcept* (F, G):\n  c\n"),
      "(Module (TryStar (Block (ExpressionStatement a)) _ _ (ExceptHandler "
      "E e (Block (ExpressionStatement b))) (ExceptHandler (Tuple F G) _ "
      "(Block (ExpressionStatement c)))))");
  EXPECT_EQ(ParseToText("try:\n  a\nexcept* E:\n  b\nexcept F:\n  c\n"),
            "SyntaxError@5:8: cannot have both 'except' and 'except*' on the "
            "same 'try'");
  EXPECT_EQ(ParseToText("try:\n  a\nexcept*:\n  b\n"),
            "SyntaxError@3:8: expected one or more exception types");
}

TEST(ParserTest, MatchStatementsAndEveryPatternKind) {
  EXPECT_EQ(
      ParseToText("match command.split():\n"
                  "    case [action]:\n"
                  "        pass\n"
                  "    case ['go', direction] | ['move', direction]:\n"
                  "        pass\n"
                  "    case ('drop', *objects, _) if objects:\n"
                  "        pass\n"
                  "    case {'x': 0, 'y': -1.5 + 2j, **rest}:\n"
                  "        pass\n"
                  "    case Point(x=0, y=Color.RED) as p:\n"
                  "        pass\n"
                  "    case mod.Cls(1, 'a', None, z=(True | False)):\n"
                  "        pass\n"
                  "    case 1, *_:\n"
                  "        pass\n"
                  "    case _:\n"
                  "        pass\n"),
      "(Module (Match (Call (Attribute command split)) "
      "(MatchCase (MatchSequence (MatchCapture action)) _ (Block (Pass))) "
      "(MatchCase (MatchOr (MatchSequence (MatchValue (String 'go')) "
      "(MatchCapture direction)) (MatchSequence (MatchValue (String 'move')) "
      "(MatchCapture direction))) _ (Block (Pass))) "
      "(MatchCase (MatchSequence (MatchValue (String 'drop')) (MatchStar "
      "objects) (MatchWildcard)) objects (Block (Pass))) "
      "(MatchCase (MatchMapping (String 'x') (MatchValue 0) (String 'y') "
      "(MatchValue (BinaryOp (UnaryOp - (Float '1.5')) + (Float '2j'))) "
      "(MatchRest rest)) _ (Block (Pass))) "
      "(MatchCase (MatchAs (MatchClass Point (MatchKeyword x (MatchValue 0)) "
      "(MatchKeyword y (MatchValue (Attribute Color RED)))) p) _ (Block "
      "(Pass))) "
      "(MatchCase (MatchClass (Attribute mod Cls) (MatchValue 1) (MatchValue "
      "(String 'a')) (MatchSingleton None) (MatchKeyword z (MatchOr "
      "(MatchSingleton True) (MatchSingleton False)))) _ (Block (Pass))) "
      "(MatchCase (MatchSequence (MatchValue 1) (MatchStar _)) _ (Block "
      "(Pass))) "
      "(MatchCase (MatchWildcard) _ (Block (Pass)))))");
}

TEST(ParserTest, MatchIsStillAnOrdinaryName) {
  EXPECT_EQ(ParseToText("match = 1\nmatch(x)\nmatch[x] = 2\nprint(match.y)\n"
                        "match: int = 3\n"),
            "(Module (Assign match 1) (ExpressionStatement (Call match x)) "
            "(Assign (Subscript match x) 2) (ExpressionStatement (Call print "
            "(Attribute match y))) (AnnotatedAssign match int 3))");
  EXPECT_EQ(ParseToText("match x:\n  case 1: pass\n"),
            "(Module (Match x (MatchCase (MatchValue 1) _ (Block (Pass)))))");
  EXPECT_EQ(
      ParseToText("match (a, b):\n  case (1, y): pass\n"),
      "(Module (Match (Tuple a b) (MatchCase (MatchSequence (MatchValue 1) "
      "(MatchCapture y)) _ (Block (Pass)))))");
}

TEST(ParserTest, PatternErrors) {
  EXPECT_EQ(ParseToText("match x:\n  case [*a, *b]: pass\n"),
            "SyntaxError@2:13: multiple starred names in sequence pattern");
  EXPECT_EQ(ParseToText("match x:\n  case C(a=1, b): pass\n"),
            "SyntaxError@2:16: positional patterns follow keyword patterns");
  EXPECT_EQ(ParseToText("match x:\n  case y as _: pass\n"),
            "SyntaxError@2:13: cannot use '_' as a target");
  EXPECT_EQ(ParseToText("match x:\n  case f'{y}': pass\n"),
            "SyntaxError@2:14: patterns may only match literals and attribute "
            "lookups");
  EXPECT_EQ(ParseToText("match x:\n  pass\n"),
            "SyntaxError@2:3: invalid syntax");
  EXPECT_EQ(ParseToText("match x:\npass\n"),
            "IndentationError@2:1: expected an indented block");
  EXPECT_EQ(ParseToText("match x:\n  case {**r, 'a': 1}: pass\n")
                .rfind("SyntaxError@2:14", 0),
            0u);
}

TEST(ParserTest, EveryRuleRejectsItsMalformedForms) {
  const char* bad[] = {
      "lambda x\n",                        // no colon
      "x = yield from\n",                  // nothing to yield from
      "(a.b := 1)\n",                      // := needs a name
      "del\n",                             // nothing to delete
      "global 1\n",                        // not a name
      "x = {1: 2, 3}\n",                   // a set item in a dict
      "x = a if b\n",                      // no else
      "def f(x y): pass\n",                // no comma
      "class C(: pass\n",                  // unclosed bases
      "for x in : pass\n",                 // no iterable
      "while : pass\n",                    // no condition
      "if x: pass\nelse pass\n",           // no colon
      "try: pass\nexcept E as 1: pass\n",  // not a name
      "with : pass\n",                     // no context
      "import\n",                          // nothing to import
      "from . import *, x\n",              // * must be alone
      "x = [1, 2\n",                       // unclosed list
      "f(**a, *b, c)\n",                   // positional after keyword unpacking
      "x = 1 +\n",                         // no right operand
      "x = not\n",                         // no operand
      "a[1:2:3:4]\n",                      // too many colons
      "@\ndef f(): pass\n",                // no decorator
      "async with\n",                      // nothing to enter
      "match x:\n  case 1 2: pass\n",      // two patterns, no comma
      "x = f'{a!}'\n",                     // no conversion character
      "assert\n",                          // nothing to assert
      "raise from x\n",                    // nothing to raise
      "return 1 2\n",                      // two values, no comma
  };
  for (const char* source : bad) {
    std::string text = ParseToText(source);
    EXPECT_EQ(text.rfind("SyntaxError@", 0), 0u) << source << " gave " << text;
  }
}

TEST(ParserTest, SyntaxErrorsHaveLineAndMessage) {
  EXPECT_EQ(ParseToText("x = 1\ny = = 2\n"), "SyntaxError@2:5: invalid syntax");
  EXPECT_EQ(ParseToText("if x\n  y\n"), "SyntaxError@1:5: invalid syntax");
  EXPECT_EQ(ParseToText("f(a=1, 2)"),
            "SyntaxError@1:9: positional argument follows keyword argument");
  EXPECT_EQ(ParseToText("def f(a=1, b): pass"),
            "SyntaxError@1:13: non-default argument follows default argument");
  EXPECT_EQ(ParseToText("try:\n  x\n"), "SyntaxError@3:1: invalid syntax");
  EXPECT_EQ(ParseToText("x = (1,\n"), "SyntaxError@2:1: invalid syntax");
  EXPECT_EQ(ParseToText("x = 'abc\n"), "SyntaxError@1:5: unterminated string");
}

TEST(ParserTest, IndentationErrors) {
  EXPECT_EQ(ParseToText("  x = 1\n"),
            "IndentationError@1:3: unexpected indent");
  EXPECT_EQ(ParseToText("x = 1\n  y = 2\n"),
            "IndentationError@2:3: unexpected indent");
  EXPECT_EQ(ParseToText("if x:\ny\n"),
            "IndentationError@2:1: expected an indented block");
  EXPECT_EQ(
      ParseToText("if x:\n    y\n  z\n"),
      "IndentationError@3:3: unindent doesn't match any outer indent level");
}

TEST(ParserTest, NestingIsBounded) {
  std::string deep = std::string(300, '(') + "1" + std::string(300, ')');
  EXPECT_EQ(Expression(deep), "SyntaxError@1:201: too many nested parentheses");
  std::string ok = std::string(150, '[') + std::string(150, ']');
  EXPECT_EQ(Expression(ok).rfind("(List (List", 0), 0u);
}

// Inputs that make the parser recurse as deep as they are long.
std::vector<std::string> DeepInputs(size_t depth) {
  auto repeat = [](const std::string& piece, size_t times) {
    std::string text;
    for (size_t i = 0; i < times; ++i) text += piece;
    return text;
  };
  return {
      repeat("-", depth) + "1",
      repeat("~+", depth) + "1",
      repeat("not ", depth) + "1",
      repeat("lambda: ", depth) + "1",
      repeat("lambda x=", depth) + "1: 0",
      repeat("a if b else ", depth) + "c",
      "2" + repeat(" ** 2", depth),
      "x = " + repeat("await ", depth) + "y",
      "f'{" + repeat("-", depth) + "x}'",
  };
}

std::string NestedBlocks(size_t depth) {
  std::string blocks;
  for (size_t i = 0; i < depth; ++i) blocks += std::string(i, ' ') + "if x:\n";
  return blocks + std::string(depth, ' ') + "pass\n";
}

// Where the parser may use the stack down to: `bytes` below this frame.
const void* StackLimitBelowHere(size_t bytes) {
  return static_cast<const char*>(__builtin_frame_address(0)) - bytes;
}

TEST(ParserTest, DeepRecursionStopsAtTheStackLimit) {
  const void* limit = StackLimitBelowHere(64 * 1024);
  for (const std::string& source : DeepInputs(100000)) {
    EXPECT_EQ(ParseToText(source, InputKind::kFile, SIZE_MAX, limit),
              "TooDeep@1: maximum recursion depth exceeded")
        << source.substr(0, 20);
  }
  // Nested blocks recurse too; the nesting bound is lifted so that the stack
  // limit is what stops them.
  EXPECT_EQ(
      ParseToText(NestedBlocks(3000), InputKind::kFile, SIZE_MAX, limit, 100000)
          .rfind("TooDeep@", 0),
      0u);
  // Shallow input parses under the same limit.
  EXPECT_EQ(ParseToText("-(not a if b else lambda: 2 ** -3)", InputKind::kEval,
                        SIZE_MAX, limit),
            "(UnaryOp - (Conditional b (Not a) (Lambda (Parameters) (BinaryOp "
            "2 ** (UnaryOp - 3)))))");
}

// The parser on a thread with a small stack (64 KiB, the limit 16 KiB above
// its end, for the allocator and the sanitizers): every deep input ends in an
// error, none overflows.
TEST(ParserTest, DeepInputNeverOverflowsASmallStack) {
  std::vector<std::string> sources = DeepInputs(100000);
  sources.push_back(NestedBlocks(3000));
  sources.push_back(std::string(199, '(') + "1" + std::string(199, ')'));
  std::vector<std::string> results;
  ASSERT_TRUE(lexer::RunOnSmallStack(64 * 1024, [&](const char* stack_low) {
    for (const std::string& source : sources) {
      results.push_back(ParseToText(source, InputKind::kFile, SIZE_MAX,
                                    stack_low + 16 * 1024, 100000));
    }
  }));
  ASSERT_EQ(results.size(), sources.size());
  for (const std::string& result : results) {
    EXPECT_TRUE(result.rfind("TooDeep@", 0) == 0 ||
                result.rfind("SyntaxError@", 0) == 0)
        << result;
  }
}

TEST(ParserTest, LongElifChainsNeedNoRecursion) {
  std::string source = "if a: pass\n";
  for (int i = 0; i < 5000; ++i) source += "elif a: pass\n";
  EXPECT_EQ(ParseToText(source).rfind("(Module (If a", 0), 0u);
}

TEST(ParserTest, OutOfMemoryIsReportedAndNothingLeaks) {
  std::string source =
      "def f(a, b=2):\n  if a < b:\n    return [a, b, 'text' * 3]\n  return "
      "f(b, a)\n"
      "for i in range(10):\n  x = f(i) + {1: 2}\n";
  std::string full = ParseToText(source);
  ASSERT_EQ(full.rfind("(Module", 0), 0u) << full;
  for (size_t budget = 0; budget < 2000; budget += 37) {
    std::string text = ParseToText(source, InputKind::kFile, budget);
    EXPECT_TRUE(text == "OutOfMemory" || text == full)
        << budget << ": " << text;
  }
}

TEST(ParserTest, ArbitraryTokensNeverCrash) {
  std::mt19937 random(42);
  const char* pieces[] = {
      "x",   "1",      "'s'",     "(",        ")",      "[",     "]",
      "{",   "}",      ":",       ",",        "=",      "+",     "-",
      "*",   "**",     "not",     "in",       "if",     "else",  "def",
      "for", "while",  "\n",      "    ",     "lambda", ".",     "return",
      "try", "except", "finally", "is",       "and",    ";",     "@",
      "f'{", "}'",     "!r",      "async",    "await",  "yield", "with",
      "as",  "import", "from",    "class",    "match",  "case",  "|",
      "_",   ":=",     "/",       "f'a{x=}b'"};
  for (int round = 0; round < 3000; ++round) {
    std::string source;
    int length = static_cast<int>(random() % 25);
    for (int i = 0; i < length; ++i) {
      source += pieces[random() % (sizeof(pieces) / sizeof(pieces[0]))];
      source += ' ';
    }
    std::string text = ParseToText(source);
    ASSERT_FALSE(text.empty()) << source;
  }
}

}  // namespace
}  // namespace mp::parser
