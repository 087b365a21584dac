#include "parser/parser.h"

#include <map>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
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
                        size_t budget = SIZE_MAX) {
  TestAllocator allocator(budget);
  TestNames names;
  BufferReader reader(source.data(), source.size());
  Parser parser(reader, allocator, names);
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
  EXPECT_EQ(
      ParseToText("f'{x}'"),
      "SyntaxError@1:1: f-strings and \\N{} escapes are not supported yet");
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
      "x",   "1",      "'s'",     "(",    ")",      "[",    "]",
      "{",   "}",      ":",       ",",    "=",      "+",    "-",
      "*",   "**",     "not",     "in",   "if",     "else", "def",
      "for", "while",  "\n",      "    ", "lambda", ".",    "return",
      "try", "except", "finally", "is",   "and",    ";",    "@"};
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
