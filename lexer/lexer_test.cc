#include "lexer/lexer.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lexer/test_allocator.h"

namespace mp::lexer {
namespace {

// Each token as text: fixed tokens as themselves, others as KIND or KIND(text).
std::string Describe(const Token& token) {
  switch (token.kind) {
    case TokenKind::kEnd:
      return "END";
    case TokenKind::kNewline:
      return "NL";
    case TokenKind::kIndent:
      return "INDENT";
    case TokenKind::kDedent:
      return "DEDENT";
    case TokenKind::kName:
      return "NAME(" + std::string(token.text, token.length) + ")";
    case TokenKind::kInteger:
      return "INT(" + std::string(token.text, token.length) + ")";
    case TokenKind::kFloatOrImaginary:
      return "FLOAT(" + std::string(token.text, token.length) + ")";
    case TokenKind::kString:
      return "STR(" + std::string(token.text, token.length) + ")";
    case TokenKind::kBytes:
      return "BYTES(" + std::string(token.text, token.length) + ")";
    case TokenKind::kFStringStart:
      return "FSTART";
    case TokenKind::kFStringMiddle:
      return "FTEXT(" + std::string(token.text, token.length) + ")";
    case TokenKind::kFStringEnd:
      return "FEND";
    case TokenKind::kFStringDebug:
      return "FDEBUG(" + std::string(token.text, token.length) + ")";
    default:
      if (IsError(token.kind)) {
        return "ERROR(" + std::string(TokenKindText(token.kind)) + ")@" +
               std::to_string(token.line) + ":" + std::to_string(token.column);
      }
      return TokenKindText(token.kind);
  }
}

std::vector<std::string> Lex(const std::string& source,
                             size_t budget = SIZE_MAX) {
  TestAllocator allocator(budget);
  BufferReader reader(source.data(), source.size());
  Lexer lexer(reader, allocator);
  std::vector<std::string> tokens;
  for (;;) {
    const Token& token = lexer.Next();
    tokens.push_back(Describe(token));
    if (token.kind == TokenKind::kEnd || IsError(token.kind)) break;
  }
  lexer.Release();
  EXPECT_EQ(allocator.live(), 0u) << "the lexer leaked";
  return tokens;
}

using Tokens = std::vector<std::string>;

TEST(LexerTest, IndentationAndNewlines) {
  EXPECT_EQ(
      Lex("if x:\n  y = 1\n\n  # c\n  z\nw\n"),
      (Tokens{"if", "NAME(x)", ":", "NL", "INDENT", "NAME(y)", "=", "INT(1)",
              "NL", "NAME(z)", "NL", "DEDENT", "NAME(w)", "NL", "END"}));
}

TEST(LexerTest, SeveralDedentsAtOnceAndAtTheEnd) {
  EXPECT_EQ(
      Lex("a:\n b:\n  c\nd\ne:\n f"),
      (Tokens{"NAME(a)", ":",      "NL",      "INDENT", "NAME(b)", ":",
              "NL",      "INDENT", "NAME(c)", "NL",     "DEDENT",  "DEDENT",
              "NAME(d)", "NL",     "NAME(e)", ":",      "NL",      "INDENT",
              "NAME(f)", "NL",     "DEDENT",  "END"}));
}

TEST(LexerTest, InconsistentDedentIsAnError) {
  EXPECT_EQ(Lex("if x:\n    y\n  z\n").back(),
            "ERROR(unindent doesn't match any outer indent level)@3:3");
}

TEST(LexerTest, TabsCountToMultiplesOfEight) {
  EXPECT_EQ(Lex("if x:\n\ty\n        z\n"),
            (Tokens{"if", "NAME(x)", ":", "NL", "INDENT", "NAME(y)", "NL",
                    "NAME(z)", "NL", "DEDENT", "END"}));
}

TEST(LexerTest, EmptyAndBlankInputs) {
  EXPECT_EQ(Lex(""), (Tokens{"END"}));
  EXPECT_EQ(Lex("\n\n  \n# only a comment"), (Tokens{"END"}));
  EXPECT_EQ(Lex("x"), (Tokens{"NAME(x)", "NL", "END"}));
}

TEST(LexerTest, BracketsJoinLinesAndBackslashContinues) {
  EXPECT_EQ(Lex("f(1,\n    2)\nx = 1 + \\\n  2\n"),
            (Tokens{"NAME(f)", "(", "INT(1)", ",", "INT(2)", ")", "NL",
                    "NAME(x)", "=", "INT(1)", "+", "INT(2)", "NL", "END"}));
}

TEST(LexerTest, AllLineEndingsAreEqual) {
  Tokens expected{"NAME(a)", "NL", "NAME(b)", "NL", "NAME(c)", "NL", "END"};
  EXPECT_EQ(Lex("a\nb\nc\n"), expected);
  EXPECT_EQ(Lex("a\r\nb\r\nc\r\n"), expected);
  EXPECT_EQ(Lex("a\rb\rc\r"), expected);
}

TEST(LexerTest, KeywordsAndSoftKeywords) {
  EXPECT_EQ(
      Lex("async await None True False match case _ iff nonlocal"),
      (Tokens{"async", "await", "None", "True", "False", "NAME(match)",
              "NAME(case)", "NAME(_)", "NAME(iff)", "nonlocal", "NL", "END"}));
}

TEST(LexerTest, EveryOperatorLexesAsItself) {
  const char* operators[] = {
#define MP_X(kind, text) text,
      MP_OPERATOR_TOKENS(MP_X)
#undef MP_X
  };
  for (const char* op : operators) {
    std::string source = std::string("a ") + op + " b";
    Tokens tokens = Lex(source);
    ASSERT_EQ(tokens.size(), 5u) << op;
    EXPECT_EQ(tokens[1], op);
  }
  EXPECT_EQ(Lex("a**=b//c"), (Tokens{"NAME(a)", "**=", "NAME(b)", "//",
                                     "NAME(c)", "NL", "END"}));
}

TEST(LexerTest, EveryKeywordLexesAsItself) {
  const char* keywords[] = {
#define MP_X(kind, text) text,
      MP_KEYWORD_TOKENS(MP_X)
#undef MP_X
  };
  for (const char* keyword : keywords) {
    Tokens tokens = Lex(std::string(keyword) + " x");
    ASSERT_EQ(tokens.size(), 4u) << keyword;
    EXPECT_EQ(tokens[0], keyword);
    // A keyword with more letters is a name.
    EXPECT_EQ(Lex(std::string(keyword) + "_")[0],
              "NAME(" + std::string(keyword) + "_)");
  }
}

TEST(LexerTest, UnicodeIdentifiers) {
  EXPECT_EQ(Lex("caf\xc3\xa9 = 1"),
            (Tokens{"NAME(caf\xc3\xa9)", "=", "INT(1)", "NL", "END"}));
}

TEST(LexerTest, Numbers) {
  EXPECT_EQ(Lex("0x1F 0o17 0b101 1_000 1.5 .5 1e10 1.5E-3 3j 10. 1e+5"),
            (Tokens{"INT(0x1F)", "INT(0o17)", "INT(0b101)", "INT(1_000)",
                    "FLOAT(1.5)", "FLOAT(.5)", "FLOAT(1e10)", "FLOAT(1.5E-3)",
                    "FLOAT(3j)", "FLOAT(10.)", "FLOAT(1e+5)", "NL", "END"}));
  // A malformed number stays one token, for the parser to reject.
  EXPECT_EQ(Lex("1abc"), (Tokens{"INT(1abc)", "NL", "END"}));
  EXPECT_EQ(Lex("1-2"), (Tokens{"INT(1)", "-", "INT(2)", "NL", "END"}));
}

TEST(LexerTest, StringEscapes) {
  EXPECT_EQ(Lex(R"('a\tb\n\\\'\"\x41\101\u00e9\U0001F600')")[0],
            "STR(a\tb\n\\'\"AA\xc3\xa9\xf0\x9f\x98\x80)");
  EXPECT_EQ(Lex(R"('\q\d')")[0], R"(STR(\q\d))");
  EXPECT_EQ(Lex("'a\\\nb'")[0], "STR(ab)");
  EXPECT_EQ(Lex("\"it's\"")[0], "STR(it's)");
  EXPECT_EQ(Lex("''")[0], "STR()");
}

TEST(LexerTest, RawBytesAndPrefixes) {
  EXPECT_EQ(
      Lex(R"(r'\n\'' R"x" b'\x00\xff\u' rb'\d' Br'\n' u'x')"),
      (Tokens{R"(STR(\n\'))", "STR(x)", std::string("BYTES(\0\xff\\u)", 11),
              R"(BYTES(\d))", R"(BYTES(\n))", "STR(x)", "NL", "END"}));
  // Not a prefix: a name then a string.
  EXPECT_EQ(Lex("ub'x'"), (Tokens{"NAME(ub)", "STR(x)", "NL", "END"}));
}

TEST(LexerTest, TripleQuotedStringsSpanLines) {
  EXPECT_EQ(Lex("x = '''a\n'b''\nc'''\ny"),
            (Tokens{"NAME(x)", "=", "STR(a\n'b''\nc)", "NL", "NAME(y)", "NL",
                    "END"}));
}

TEST(LexerTest, StringErrors) {
  EXPECT_EQ(Lex("'abc").back(), "ERROR(unterminated string)@1:1");
  EXPECT_EQ(Lex("'abc\n'").back(), "ERROR(unterminated string)@1:1");
  EXPECT_EQ(Lex("'''abc").back(), "ERROR(unterminated string)@1:1");
  EXPECT_EQ(Lex(R"('\x4')").back(), "ERROR(invalid escape sequence)@1:1");
  EXPECT_EQ(Lex(R"('\U00110000')").back(),
            "ERROR(invalid escape sequence)@1:1");
  EXPECT_EQ(Lex("b'\xc3\xa9'").back(),
            "ERROR(bytes can only contain ASCII literal characters)@1:1");
  EXPECT_EQ(Lex(R"('\N{DASH}')").back(),
            "ERROR(\\N{} escapes are not supported yet)@1:1");
}

TEST(LexerTest, FStringsSplitIntoTextAndFields) {
  EXPECT_EQ(Lex("f'abc'"),
            (Tokens{"FSTART", "FTEXT(abc)", "FEND", "NL", "END"}));
  EXPECT_EQ(Lex("f''"), (Tokens{"FSTART", "FEND", "NL", "END"}));
  EXPECT_EQ(Lex(R"(F"a{x}b{y + 1}")"),
            (Tokens{"FSTART", "FTEXT(a)", "{", "NAME(x)", "}", "FTEXT(b)", "{",
                    "NAME(y)", "+", "INT(1)", "}", "FEND", "NL", "END"}));
  EXPECT_EQ(Lex(R"(f'{{literal}} \t{x}\n')"),
            (Tokens{"FSTART", "FTEXT({literal} \t)", "{", "NAME(x)", "}",
                    "FTEXT(\n)", "FEND", "NL", "END"}));
}

TEST(LexerTest, FStringConversionsAndFormatSpecs) {
  EXPECT_EQ(
      Lex("f'{x!r:>{width}.3}'"),
      (Tokens{"FSTART", "{", "NAME(x)", "!", "NAME(r)", ":", "FTEXT(>)", "{",
              "NAME(width)", "}", "FTEXT(.3)", "}", "FEND", "NL", "END"}));
  EXPECT_EQ(Lex("f'{a!=b}{c==d}'"),
            (Tokens{"FSTART", "{", "NAME(a)", "!=", "NAME(b)", "}", "{",
                    "NAME(c)", "==", "NAME(d)", "}", "FEND", "NL", "END"}));
  // Colons and braces inside brackets belong to the expression.
  EXPECT_EQ(Lex("f'{ {1: 2}[1] }'"),
            (Tokens{"FSTART", "{", "{", "INT(1)", ":", "INT(2)", "}", "[",
                    "INT(1)", "]", "}", "FEND", "NL", "END"}));
}

TEST(LexerTest, FStringSelfDocumentingExpressions) {
  EXPECT_EQ(Lex("f'{x=}'"), (Tokens{"FSTART", "{", "NAME(x)", "FDEBUG(x=)", "}",
                                    "FEND", "NL", "END"}));
  EXPECT_EQ(
      Lex("f'{ a + b = !r:>5}'"),
      (Tokens{"FSTART", "{", "NAME(a)", "+", "NAME(b)", "FDEBUG( a + b = )",
              "!", "NAME(r)", ":", "FTEXT(>5)", "}", "FEND", "NL", "END"}));
}

TEST(LexerTest, FStringsNestWithAnyQuotes) {
  // PEP 701: the same quote may appear inside a field, and f-strings nest.
  EXPECT_EQ(Lex(R"(f"{"a" + f'{y}'}")"),
            (Tokens{"FSTART", "{", "STR(a)", "+", "FSTART", "{", "NAME(y)", "}",
                    "FEND", "}", "FEND", "NL", "END"}));
  EXPECT_EQ(Lex("rf'\\n{x}' f'''a\n{x}\nb'''"),
            (Tokens{"FSTART", "FTEXT(\\n)", "{", "NAME(x)", "}", "FEND",
                    "FSTART", "FTEXT(a\n)", "{", "NAME(x)", "}", "FTEXT(\nb)",
                    "FEND", "NL", "END"}));
}

TEST(LexerTest, FStringErrors) {
  EXPECT_EQ(Lex("f'a}b'").back(),
            "ERROR(f-string: single '}' is not allowed)@1:4");
  EXPECT_EQ(Lex("f'{x'").back().rfind("ERROR(unterminated string)", 0), 0u);
  EXPECT_EQ(Lex("f'abc").back(), "ERROR(unterminated string)@1:3");
  EXPECT_EQ(Lex(R"(f'{f"{f'{f"{f'{1}'}"}'}"}')")
                .back()
                .rfind("ERROR(f-string: expressions nested too deeply)", 0),
            0u);
}

TEST(LexerTest, InvalidCharacters) {
  EXPECT_EQ(Lex("a $ b").back(), "ERROR(invalid character)@1:3");
  EXPECT_EQ(Lex("a ? b").back(), "ERROR(invalid character)@1:3");
  EXPECT_EQ(Lex("a ! b").back(), "ERROR(invalid character)@1:3");
  EXPECT_EQ(Lex("a \\ b").back(), "ERROR(invalid character)@1:3");
  EXPECT_EQ(Lex(std::string("a \0 b", 5)).back(),
            "ERROR(invalid character)@1:3");
}

TEST(LexerTest, PositionsAreLineAndColumn) {
  TestAllocator allocator;
  std::string source = "x = 1\n  \nfoo(  bar)\n";
  BufferReader reader(source.data(), source.size());
  Lexer lexer(reader, allocator);
  std::vector<std::pair<uint32_t, uint32_t>> positions;
  for (const Token* t = &lexer.Next(); t->kind != TokenKind::kEnd;
       t = &lexer.Next()) {
    if (t->kind == TokenKind::kName) positions.emplace_back(t->line, t->column);
  }
  lexer.Release();
  EXPECT_EQ(positions, (std::vector<std::pair<uint32_t, uint32_t>>{
                           {1, 1}, {3, 1}, {3, 7}}));
}

TEST(LexerTest, OutOfMemoryIsAnErrorToken) {
  std::string long_name(1000, 'a');
  for (size_t budget : {0, 10, 40, 100, 500}) {
    Tokens tokens = Lex("if x:\n    " + long_name + " = 'xyz'\n", budget);
    EXPECT_EQ(tokens.back().rfind("ERROR(out of memory)", 0), 0u) << budget;
  }
}

TEST(LexerTest, DeepIndentationGrowsTheStack) {
  std::string source;
  for (int depth = 0; depth < 30; ++depth) {
    source += std::string(depth, ' ') + "if x:\n";
  }
  source += std::string(30, ' ') + "y\n";
  Tokens tokens = Lex(source);
  EXPECT_EQ(std::count(tokens.begin(), tokens.end(), "INDENT"), 30);
  EXPECT_EQ(std::count(tokens.begin(), tokens.end(), "DEDENT"), 30);
  EXPECT_EQ(tokens.back(), "END");
}

TEST(LexerTest, ArbitraryBytesNeverCrash) {
  std::mt19937 random(1234);
  const std::string alphabet =
      "ab1_fr \t\n\r\\'\"#()[]{}:.+-*/=<>!x0e\xc3\xa9\x80\xff";
  for (int round = 0; round < 20000; ++round) {
    std::string source;
    size_t length = random() % 40;
    for (size_t i = 0; i < length; ++i) {
      source += random() % 4 == 0 ? static_cast<char>(random() % 256)
                                  : alphabet[random() % alphabet.size()];
    }
    Tokens tokens = Lex(source);
    ASSERT_FALSE(tokens.empty());
    ASSERT_TRUE(tokens.back() == "END" || tokens.back().rfind("ERROR(", 0) == 0)
        << source;
  }
}

}  // namespace
}  // namespace mp::lexer
