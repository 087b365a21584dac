// Expressions, from conditional expressions down to atoms and f-strings.
#include <string.h>

#include "parser/parser.h"
#include "parser/parser_internal.h"

namespace mp::parser {
namespace {

using lexer::TokenKind;

int BinaryPrecedence(TokenKind kind) {
  switch (kind) {
    case TokenKind::kOr:
      return kOr;
    case TokenKind::kAnd:
      return kAnd;
    case TokenKind::kLess:
    case TokenKind::kMore:
    case TokenKind::kEqualEqual:
    case TokenKind::kLessEqual:
    case TokenKind::kMoreEqual:
    case TokenKind::kNotEqual:
    case TokenKind::kIn:
    case TokenKind::kNot:  // as in `not in`
    case TokenKind::kIs:
      return kComparison;
    case TokenKind::kPipe:
      return kBitOr;
    case TokenKind::kCaret:
      return kBitXor;
    case TokenKind::kAmpersand:
      return kBitAnd;
    case TokenKind::kLeftShift:
    case TokenKind::kRightShift:
      return kShift;
    case TokenKind::kPlus:
    case TokenKind::kMinus:
      return kArithmetic;
    case TokenKind::kStar:
    case TokenKind::kSlash:
    case TokenKind::kDoubleSlash:
    case TokenKind::kPercent:
    case TokenKind::kAt:
      return kTerm;
    case TokenKind::kDoubleStar:
      return kPower;
    default:
      return kNone;
  }
}

bool IsDigitIn(char c, unsigned base) {
  unsigned digit;
  if (c >= '0' && c <= '9') {
    digit = static_cast<unsigned>(c - '0');
  } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
    digit = static_cast<unsigned>((c | 0x20) - 'a' + 10);
  } else {
    return false;
  }
  return digit < base;
}

// Digits with single underscores between them; returns where the run stops.
const char* SkipDigits(const char* p, const char* end, unsigned base) {
  if (p == end || !IsDigitIn(*p, base)) return p;
  ++p;
  while (p < end) {
    if (*p == '_' && p + 1 < end && IsDigitIn(p[1], base)) {
      p += 2;
    } else if (IsDigitIn(*p, base)) {
      ++p;
    } else {
      break;
    }
  }
  return p;
}

bool IsValidFloat(const char* text, size_t length) {
  const char* p = text;
  const char* end = text + length;
  const char* integer_end = SkipDigits(p, end, 10);
  bool has_digits = integer_end > p;
  p = integer_end;
  if (p < end && *p == '.') {
    const char* fraction_end = SkipDigits(p + 1, end, 10);
    has_digits = has_digits || fraction_end > p + 1;
    p = fraction_end;
  }
  if (!has_digits) return false;
  if (p < end && (*p == 'e' || *p == 'E')) {
    ++p;
    if (p < end && (*p == '+' || *p == '-')) ++p;
    const char* exponent_end = SkipDigits(p, end, 10);
    if (exponent_end == p) return false;
    p = exponent_end;
  }
  if (p < end && (*p == 'j' || *p == 'J')) ++p;
  return p == end;
}

}  // namespace

Node Parser::ParseTest() {
  CheckStack();
  if (kind() == TokenKind::kLambda) return ParseLambda();
  uint32_t test_line = line();
  Node value = ParseBinary(kOr);
  if (kind() != TokenKind::kIf) return value;
  Advance();
  Node test = ParseBinary(kOr);
  Expect(TokenKind::kElse);
  Node orelse = ParseTest();
  Push(test);
  Push(value);
  Push(orelse);
  return MakeStruct(NodeKind::kConditional, test_line, 3);
}

Node Parser::ParseNamedExpressionTest() {
  uint32_t test_line = line();
  Node test = ParseTest();
  if (kind() != TokenKind::kColonEqual) return test;
  if (!parser::IsName(test)) FailSyntax();
  Advance();
  Push(test);
  Push(ParseTest());
  return MakeStruct(NodeKind::kNamedExpression, test_line, 2);
}

Node Parser::ParseLambda() {
  uint32_t lambda_line = line();
  Advance();
  Push(ParseParameters(TokenKind::kColon, false));
  Expect(TokenKind::kColon);
  Push(ParseTest());
  return MakeStruct(NodeKind::kLambda, lambda_line, 2);
}

Node Parser::ParseBinary(int min_precedence, Node first) {
  CheckStack();
  uint32_t expression_line = line();
  Node left;
  if (first != 0) {
    left = first;
  } else if (kind() == TokenKind::kNot) {
    // `not` binds looser than comparisons: `not a == b` is `not (a == b)`.
    if (min_precedence > kNot) FailSyntax();
    Advance();
    Push(ParseBinary(kNot));
    left = MakeStruct(NodeKind::kNot, expression_line, 1);
  } else if (kind() == TokenKind::kPlus || kind() == TokenKind::kMinus ||
             kind() == TokenKind::kTilde) {
    TokenKind op = kind();
    Advance();
    Push(SmallIntNode(static_cast<intptr_t>(op)));
    Push(ParseBinary(kUnary));
    left = MakeStruct(NodeKind::kUnaryOp, expression_line, 2);
  } else {
    left = ParseAtomExpression();
  }
  for (;;) {
    TokenKind op = kind();
    int precedence = BinaryPrecedence(op);
    if (precedence == kNone || precedence < min_precedence) return left;
    if (precedence == kComparison) {
      // A chain: a < b <= c.
      Push(left);
      size_t count = 1;
      while (BinaryPrecedence(kind()) == kComparison) {
        Push(SmallIntNode(static_cast<intptr_t>(ParseCompareOperator())));
        Push(ParseBinary(kBitOr));
        count += 2;
      }
      left = MakeStruct(NodeKind::kCompare, expression_line, count);
    } else if (precedence == kOr || precedence == kAnd) {
      Push(left);
      size_t count = 1;
      while (Accept(op)) {
        Push(ParseBinary(precedence + 1));
        ++count;
      }
      left = MakeStruct(precedence == kOr ? NodeKind::kOr : NodeKind::kAnd,
                        expression_line, count);
    } else {
      Advance();
      Push(left);
      Push(SmallIntNode(static_cast<intptr_t>(op)));
      // ** is right-associative, and its right side may be a unary expression
      // (2 ** -1).
      Push(ParseBinary(precedence == kPower ? kUnary : precedence + 1));
      left = MakeStruct(NodeKind::kBinaryOp, expression_line, 3);
    }
  }
}

CompareOp Parser::ParseCompareOperator() {
  TokenKind op = kind();
  Advance();
  switch (op) {
    case TokenKind::kLess:
      return CompareOp::kLess;
    case TokenKind::kMore:
      return CompareOp::kMore;
    case TokenKind::kEqualEqual:
      return CompareOp::kEqual;
    case TokenKind::kLessEqual:
      return CompareOp::kLessEqual;
    case TokenKind::kMoreEqual:
      return CompareOp::kMoreEqual;
    case TokenKind::kNotEqual:
      return CompareOp::kNotEqual;
    case TokenKind::kNot:
      if (!Accept(TokenKind::kIn)) FailSyntax();
      return CompareOp::kNotIn;
    case TokenKind::kIs:
      return Accept(TokenKind::kNot) ? CompareOp::kIsNot : CompareOp::kIs;
    default:
      return CompareOp::kIn;
  }
}

// [await] atom trailers. `atom`, when not 0, is the atom already parsed.
Node Parser::ParseAtomExpression(Node atom) {
  if (atom == 0) {
    if (kind() == TokenKind::kAwait) {
      CheckStack();
      uint32_t await_line = line();
      Advance();
      Push(ParseAtomExpression());
      return MakeStruct(NodeKind::kAwait, await_line, 1);
    }
    atom = ParseAtom();
  }
  for (;;) {
    uint32_t trailer_line = line();
    if (Accept(TokenKind::kLeftParen)) {
      EnterNesting();
      Push(atom);
      size_t count = 1 + ParseArguments();
      Expect(TokenKind::kRightParen);
      LeaveNesting();
      atom = MakeStruct(NodeKind::kCall, trailer_line, count);
    } else if (Accept(TokenKind::kLeftBracket)) {
      EnterNesting();
      Push(atom);
      Push(ParseSubscripts());
      Expect(TokenKind::kRightBracket);
      LeaveNesting();
      atom = MakeStruct(NodeKind::kSubscript, trailer_line, 2);
    } else if (Accept(TokenKind::kDot)) {
      Push(atom);
      Push(ExpectName());
      atom = MakeStruct(NodeKind::kAttribute, trailer_line, 2);
    } else {
      return atom;
    }
  }
}

Node Parser::ParseAtom() {
  switch (kind()) {
    case TokenKind::kName:
      return ExpectName();
    case TokenKind::kInteger:
      return ParseNumber(false);
    case TokenKind::kFloatOrImaginary:
      return ParseNumber(true);
    case TokenKind::kString:
    case TokenKind::kBytes:
    case TokenKind::kFStringStart:
      return ParseStrings();
    case TokenKind::kNone:
    case TokenKind::kTrue:
    case TokenKind::kFalse:
    case TokenKind::kEllipsis: {
      Node constant = LeafNode(LeafKind::kToken, static_cast<uint32_t>(kind()));
      Advance();
      return constant;
    }
    case TokenKind::kLeftParen:
      return ParseParenthesized();
    case TokenKind::kLeftBracket:
      return ParseListDisplay();
    case TokenKind::kLeftBrace:
      return ParseBraceDisplay();
    default:
      FailSyntax();
  }
}

Node Parser::ParseNumber(bool is_float) {
  const char* text = token().text;
  size_t length = token().length;
  uint32_t number_line = line();
  if (is_float) {
    if (!IsValidFloat(text, length)) {
      Fail(ErrorKind::kSyntax, "invalid syntax for number");
    }
    Node number = MakeInline(NodeKind::kFloat, number_line, text, length);
    Advance();
    return number;
  }
  const char* p = text;
  const char* end = text + length;
  unsigned base = 10;
  if (length >= 2 && p[0] == '0') {
    char letter = static_cast<char>(p[1] | 0x20);
    base = letter == 'x' ? 16 : letter == 'o' ? 8 : letter == 'b' ? 2 : 10;
    if (base != 10) {
      p += 2;
      if (p < end && *p == '_') ++p;
    }
  }
  const char* digits_end = SkipDigits(p, end, base);
  bool valid = digits_end > p && digits_end == end;
  // Decimal literals may not have leading zeros, except zero itself (00, 0_0).
  if (valid && base == 10 && *p == '0') {
    for (const char* q = p; q < end; ++q) {
      valid = valid && (*q == '0' || *q == '_');
    }
  }
  if (!valid) Fail(ErrorKind::kSyntax, "invalid syntax for number");
  intptr_t value = 0;
  bool fits = true;
  for (const char* q = p; q < end && fits; ++q) {
    if (*q == '_') continue;
    intptr_t digit =
        (*q >= '0' && *q <= '9') ? *q - '0' : (*q | 0x20) - 'a' + 10;
    fits =
        !__builtin_mul_overflow(value, static_cast<intptr_t>(base), &value) &&
        !__builtin_add_overflow(value, digit, &value) &&
        value <= kNodeSmallIntMax;
  }
  Node number =
      fits ? SmallIntNode(value)
           : MakeInline(NodeKind::kBigInteger, number_line, text, length);
  Advance();
  return number;
}

// The scratch text from `base` on as a kString part, if there is any.
size_t Parser::FlushText(size_t base, uint32_t text_line) {
  if (text_length_ == base) return 0;
  Node text = MakeInline(NodeKind::kString, text_line, text_ + base,
                         text_length_ - base);
  text_length_ = base;
  Push(text);
  return 1;
}

// Adjacent literals are one: 'a' "b" is 'ab', and with an f-string among them
// the whole is an f-string. Each token's text is gone after the next token, so
// the pieces are joined in the scratch text.
Node Parser::ParseStrings() {
  uint32_t literal_line = line();
  bool is_bytes = kind() == TokenKind::kBytes;
  bool any_fstring = false;
  size_t base = text_length_;
  size_t parts = 0;
  while (kind() == TokenKind::kString || kind() == TokenKind::kBytes ||
         kind() == TokenKind::kFStringStart) {
    if ((kind() == TokenKind::kBytes) != is_bytes) {
      Fail(ErrorKind::kSyntax, "cannot mix bytes and nonbytes literals");
    }
    if (kind() != TokenKind::kFStringStart) {
      AppendText(token().text, token().length);
      Advance();
      continue;
    }
    any_fstring = true;
    Advance();
    while (kind() != TokenKind::kFStringEnd) {
      if (kind() == TokenKind::kFStringMiddle) {
        AppendText(token().text, token().length);
        Advance();
      } else if (kind() == TokenKind::kLeftBrace) {
        parts += FlushText(base, literal_line);
        parts += ParseFormattedValue();
      } else {
        FailSyntax();
      }
    }
    Advance();
  }
  if (!any_fstring) {
    Node literal = MakeInline(is_bytes ? NodeKind::kBytes : NodeKind::kString,
                              literal_line, text_ + base, text_length_ - base);
    text_length_ = base;
    return literal;
  }
  parts += FlushText(base, literal_line);
  return MakeStruct(NodeKind::kFString, literal_line, parts);
}

// {expression[=][!conversion][:format spec]}: pushes a kFormattedValue, after
// a kString of the expression's text for `=`. Returns how many were pushed.
size_t Parser::ParseFormattedValue() {
  uint32_t field_line = line();
  Expect(TokenKind::kLeftBrace);
  EnterNesting();
  if (kind() == TokenKind::kRightBrace) {
    Fail(ErrorKind::kSyntax, "f-string: empty expression not allowed");
  }
  Node expression =
      kind() == TokenKind::kYield ? ParseYield() : ParseTestList(true);
  size_t pushed = 0;
  bool self_documenting = false;
  if (kind() == TokenKind::kFStringDebug) {
    Push(MakeInline(NodeKind::kString, field_line, token().text,
                    token().length));
    ++pushed;
    self_documenting = true;
    Advance();
  }
  intptr_t conversion = 0;
  if (Accept(TokenKind::kExclamation)) {
    if (kind() != TokenKind::kName || token().length != 1 ||
        strchr("rsa", token().text[0]) == nullptr) {
      Fail(ErrorKind::kSyntax, "f-string: invalid conversion character");
    }
    conversion = token().text[0];
    Advance();
  }
  Node spec = Accept(TokenKind::kColon) ? ParseFormatSpec() : 0;
  Expect(TokenKind::kRightBrace);
  LeaveNesting();
  // {x=} shows repr(x), unless a conversion or a format spec says otherwise.
  if (self_documenting && conversion == 0 && spec == 0) conversion = 'r';
  Push(expression);
  Push(SmallIntNode(conversion));
  Push(spec);
  Push(MakeStruct(NodeKind::kFormattedValue, field_line, 3));
  return pushed + 1;
}

// A format spec: text with fields of its own, up to the field's closing brace.
Node Parser::ParseFormatSpec() {
  uint32_t spec_line = line();
  size_t base = text_length_;
  size_t parts = 0;
  while (kind() != TokenKind::kRightBrace) {
    if (kind() == TokenKind::kFStringMiddle) {
      AppendText(token().text, token().length);
      Advance();
    } else if (kind() == TokenKind::kLeftBrace) {
      parts += FlushText(base, spec_line);
      parts += ParseFormattedValue();
    } else {
      FailSyntax();
    }
  }
  parts += FlushText(base, spec_line);
  return MakeStruct(NodeKind::kFString, spec_line, parts);
}

// (), (x), (x,), (x, y), (x for x in y), (yield x)
Node Parser::ParseParenthesized() {
  uint32_t paren_line = line();
  EnterNesting();
  Advance();
  if (Accept(TokenKind::kRightParen)) {
    LeaveNesting();
    return MakeStruct(NodeKind::kTuple, paren_line, 0);
  }
  if (kind() == TokenKind::kYield) {
    Node yield = ParseYield();
    Expect(TokenKind::kRightParen);
    LeaveNesting();
    return yield;
  }
  Node first = kind() == TokenKind::kStar ? ParseTestOrStar()
                                          : ParseNamedExpressionTest();
  if (kind() == TokenKind::kFor || kind() == TokenKind::kAsync) {
    if (IsStructOf(first, NodeKind::kStarred)) FailSyntax();
    Push(first);
    size_t clauses = ParseComprehensionClauses();
    Expect(TokenKind::kRightParen);
    LeaveNesting();
    return MakeStruct(NodeKind::kGenerator, paren_line, 1 + clauses);
  }
  if (kind() != TokenKind::kComma) {
    if (IsStructOf(first, NodeKind::kStarred)) FailSyntax();
    Expect(TokenKind::kRightParen);
    LeaveNesting();
    return first;
  }
  Push(first);
  size_t count = 1;
  while (Accept(TokenKind::kComma) && kind() != TokenKind::kRightParen) {
    Push(ParseTestOrStar());
    ++count;
  }
  Expect(TokenKind::kRightParen);
  LeaveNesting();
  return MakeStruct(NodeKind::kTuple, paren_line, count);
}

// [a, *b], [x for x in y]
Node Parser::ParseListDisplay() {
  uint32_t list_line = line();
  EnterNesting();
  Advance();
  size_t count = 0;
  while (kind() != TokenKind::kRightBracket) {
    Push(kind() == TokenKind::kStar ? ParseTestOrStar()
                                    : ParseNamedExpressionTest());
    ++count;
    if (count == 1 &&
        (kind() == TokenKind::kFor || kind() == TokenKind::kAsync)) {
      if (IsStructOf(stack_[stack_size_ - 1], NodeKind::kStarred)) {
        FailSyntax();
      }
      size_t clauses = ParseComprehensionClauses();
      Expect(TokenKind::kRightBracket);
      LeaveNesting();
      return MakeStruct(NodeKind::kListComprehension, list_line, 1 + clauses);
    }
    if (!Accept(TokenKind::kComma)) break;
  }
  Expect(TokenKind::kRightBracket);
  LeaveNesting();
  return MakeStruct(NodeKind::kList, list_line, count);
}

// {}, {k: v, **m}, {a, *b}, {k: v for ...}, {x for ...}
Node Parser::ParseBraceDisplay() {
  uint32_t brace_line = line();
  EnterNesting();
  Advance();
  if (Accept(TokenKind::kRightBrace)) {
    LeaveNesting();
    return MakeStruct(NodeKind::kDict, brace_line, 0);
  }
  bool is_dict;
  uint32_t first_line = line();
  if (Accept(TokenKind::kDoubleStar)) {
    Push(ParseBinary(kBitOr));
    Push(MakeStruct(NodeKind::kDoubleStarred, first_line, 1));
    Push(0);
    is_dict = true;
  } else {
    Node first = kind() == TokenKind::kStar ? ParseTestOrStar()
                                            : ParseNamedExpressionTest();
    is_dict = kind() == TokenKind::kColon;
    if (is_dict && IsStructOf(first, NodeKind::kStarred)) FailSyntax();
    Push(first);
    if (is_dict) {
      Advance();
      Push(ParseTest());
    }
    if (kind() == TokenKind::kFor || kind() == TokenKind::kAsync) {
      if (IsStructOf(first, NodeKind::kStarred)) FailSyntax();
      size_t clauses = ParseComprehensionClauses();
      Expect(TokenKind::kRightBrace);
      LeaveNesting();
      return MakeStruct(
          is_dict ? NodeKind::kDictComprehension : NodeKind::kSetComprehension,
          brace_line, (is_dict ? 2 : 1) + clauses);
    }
  }
  size_t count = is_dict ? 2 : 1;
  while (Accept(TokenKind::kComma) && kind() != TokenKind::kRightBrace) {
    uint32_t item_line = line();
    if (is_dict) {
      if (Accept(TokenKind::kDoubleStar)) {
        Push(ParseBinary(kBitOr));
        Push(MakeStruct(NodeKind::kDoubleStarred, item_line, 1));
        Push(0);
      } else {
        Push(ParseTest());
        Expect(TokenKind::kColon);
        Push(ParseTest());
      }
      count += 2;
    } else {
      Push(ParseTestOrStar());
      ++count;
    }
  }
  Expect(TokenKind::kRightBrace);
  LeaveNesting();
  return MakeStruct(is_dict ? NodeKind::kDict : NodeKind::kSet, brace_line,
                    count);
}

// The `for ... in ... if ...` clauses of a comprehension; returns how many were
// pushed.
size_t Parser::ParseComprehensionClauses() {
  size_t count = 0;
  while (kind() == TokenKind::kFor || kind() == TokenKind::kAsync) {
    uint32_t clause_line = line();
    bool is_async = Accept(TokenKind::kAsync);
    Expect(TokenKind::kFor);
    Push(ParseTargetList());
    Expect(TokenKind::kIn);
    Push(ParseBinary(kOr));
    size_t conditions = 0;
    while (Accept(TokenKind::kIf)) {
      Push(ParseBinary(kOr));
      ++conditions;
    }
    Push(MakeStruct(is_async ? NodeKind::kComprehensionAsyncFor
                             : NodeKind::kComprehensionFor,
                    clause_line, 2 + conditions));
    ++count;
  }
  return count;
}

// yield, yield x, yield x, y, yield from x
Node Parser::ParseYield() {
  uint32_t yield_line = line();
  Expect(TokenKind::kYield);
  if (Accept(TokenKind::kFrom)) {
    Push(ParseTest());
    return MakeStruct(NodeKind::kYieldFrom, yield_line, 1);
  }
  Push(EndsExpressionList(kind()) ? 0 : ParseTestList(true));
  return MakeStruct(NodeKind::kYield, yield_line, 1);
}

Node Parser::ParseTestOrStar() {
  if (kind() != TokenKind::kStar) return ParseTest();
  uint32_t star_line = line();
  Advance();
  Push(ParseBinary(kBitOr));
  return MakeStruct(NodeKind::kStarred, star_line, 1);
}

Node Parser::ParseTestList(bool allow_star) {
  uint32_t list_line = line();
  Node first = allow_star ? ParseTestOrStar() : ParseTest();
  if (kind() != TokenKind::kComma) return first;
  Push(first);
  size_t count = 1;
  while (Accept(TokenKind::kComma)) {
    if (EndsExpressionList(kind())) break;
    Push(allow_star ? ParseTestOrStar() : ParseTest());
    ++count;
  }
  return MakeStruct(NodeKind::kTuple, list_line, count);
}

Node Parser::ParseTargetList() {
  // Targets of `for` and `del` stop before `in`, so they are parsed above
  // comparisons.
  uint32_t list_line = line();
  size_t count = 0;
  bool is_tuple = false;
  for (;;) {
    Push(kind() == TokenKind::kStar ? ParseTestOrStar() : ParseBinary(kBitOr));
    ++count;
    if (!Accept(TokenKind::kComma)) break;
    is_tuple = true;
    if (EndsExpressionList(kind())) break;  // a trailing comma
  }
  if (!is_tuple) return Pop();
  return MakeStruct(NodeKind::kTuple, list_line, count);
}

size_t Parser::ParseArguments() {
  size_t count = 0;
  bool keyword_seen = false;
  while (kind() != TokenKind::kRightParen) {
    uint32_t argument_line = line();
    if (Accept(TokenKind::kStar)) {
      Push(ParseTest());
      Push(MakeStruct(NodeKind::kStarred, argument_line, 1));
    } else if (Accept(TokenKind::kDoubleStar)) {
      Push(ParseTest());
      Push(MakeStruct(NodeKind::kDoubleStarred, argument_line, 1));
      keyword_seen = true;
    } else {
      Node argument = ParseNamedExpressionTest();
      if (kind() == TokenKind::kEqual) {
        if (!parser::IsName(argument)) FailSyntax();
        Advance();
        Push(argument);
        Push(ParseTest());
        Push(MakeStruct(NodeKind::kKeywordArgument, argument_line, 2));
        keyword_seen = true;
      } else if (kind() == TokenKind::kFor || kind() == TokenKind::kAsync) {
        // f(x for x in y): a generator, which must be the only argument.
        Push(argument);
        size_t clauses = ParseComprehensionClauses();
        Push(MakeStruct(NodeKind::kGenerator, argument_line, 1 + clauses));
        if (count > 0 || kind() == TokenKind::kComma) {
          Fail(ErrorKind::kSyntax,
               "Generator expression must be parenthesized");
        }
      } else {
        if (keyword_seen) {
          Fail(ErrorKind::kSyntax,
               "positional argument follows keyword argument");
        }
        Push(argument);
      }
    }
    ++count;
    if (!Accept(TokenKind::kComma)) break;
  }
  return count;
}

Node Parser::ParseSubscripts() {
  uint32_t subscript_line = line();
  Node first = ParseSubscript();
  if (kind() != TokenKind::kComma) return first;
  Push(first);
  size_t count = 1;
  while (Accept(TokenKind::kComma) && kind() != TokenKind::kRightBracket) {
    Push(ParseSubscript());
    ++count;
  }
  return MakeStruct(NodeKind::kTuple, subscript_line, count);
}

Node Parser::ParseSubscript() {
  uint32_t slice_line = line();
  Node lower = 0;
  if (kind() != TokenKind::kColon) {
    lower = kind() == TokenKind::kStar ? ParseTestOrStar()
                                       : ParseNamedExpressionTest();
    if (kind() != TokenKind::kColon) return lower;
  }
  Advance();  // the first colon
  auto ends_part = [this] {
    TokenKind next = kind();
    return next == TokenKind::kColon || next == TokenKind::kComma ||
           next == TokenKind::kRightBracket;
  };
  Node upper = ends_part() ? 0 : ParseTest();
  Node step = 0;
  if (Accept(TokenKind::kColon) && !ends_part()) step = ParseTest();
  Push(lower);
  Push(upper);
  Push(step);
  return MakeStruct(NodeKind::kSlice, slice_line, 3);
}

}  // namespace mp::parser
