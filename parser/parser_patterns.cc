// match statements (PEP 634) and their patterns: literal, capture, wildcard,
// value, group, sequence, mapping, class, or-patterns, `as`, and guards.
#include "parser/parser.h"
#include "parser/parser_internal.h"

namespace mp::parser {
namespace {

using lexer::TokenKind;

}  // namespace

// The line was checked by IsMatchStatement: `match subject:` then the cases.
Node Parser::ParseMatch() {
  uint32_t statement_line = line();
  Advance();  // the soft keyword
  uint32_t subject_line = line();
  Node subject = kind() == TokenKind::kStar ? ParseTestOrStar()
                                            : ParseNamedExpressionTest();
  if (kind() == TokenKind::kComma) {
    Push(subject);
    size_t count = 1;
    while (Accept(TokenKind::kComma) && kind() != TokenKind::kColon) {
      Push(ParseTestOrStar());
      ++count;
    }
    subject = MakeStruct(NodeKind::kTuple, subject_line, count);
  } else if (IsStructOf(subject, NodeKind::kStarred)) {
    FailSyntax();
  }
  Push(subject);
  Expect(TokenKind::kColon);
  Expect(TokenKind::kNewline);
  if (kind() != TokenKind::kIndent) {
    Fail(ErrorKind::kIndentation, "expected an indented block");
  }
  Advance();
  EnterNesting();
  size_t cases = 0;
  while (kind() != TokenKind::kDedent && kind() != TokenKind::kEnd) {
    if (!IsName("case")) FailSyntax();
    Push(ParseMatchCase());
    ++cases;
  }
  Accept(TokenKind::kDedent);
  LeaveNesting();
  return MakeStruct(NodeKind::kMatch, statement_line, 1 + cases);
}

// case patterns [if guard]: block
Node Parser::ParseMatchCase() {
  uint32_t case_line = line();
  Advance();  // the soft keyword
  Push(ParsePatterns());
  Push(Accept(TokenKind::kIf) ? ParseNamedExpressionTest() : 0);
  Push(ParseBlock());
  return MakeStruct(NodeKind::kMatchCase, case_line, 3);
}

// A pattern, or an open sequence of them: `case a, *rest:`.
Node Parser::ParsePatterns() {
  uint32_t patterns_line = line();
  Node first = kind() == TokenKind::kStar ? ParseStarPattern() : ParsePattern();
  if (kind() != TokenKind::kComma) {
    if (IsStructOf(first, NodeKind::kMatchStar)) FailSyntax();
    return first;
  }
  Push(first);
  size_t count = 1;
  while (Accept(TokenKind::kComma) && kind() != TokenKind::kColon &&
         kind() != TokenKind::kIf) {
    Push(kind() == TokenKind::kStar ? ParseStarPattern() : ParsePattern());
    ++count;
  }
  return MakeStruct(NodeKind::kMatchSequence, patterns_line, count);
}

// or_pattern ['as' name], where or_pattern is closed_pattern ('|' ...)*.
// `first`, when not 0, is the first closed pattern, already parsed.
Node Parser::ParsePattern(Node first) {
  uint32_t pattern_line = line();
  if (first == 0) first = ParseClosedPattern();
  if (kind() == TokenKind::kPipe) {
    Push(first);
    size_t count = 1;
    while (Accept(TokenKind::kPipe)) {
      Push(ParseClosedPattern());
      ++count;
    }
    first = MakeStruct(NodeKind::kMatchOr, pattern_line, count);
  }
  if (Accept(TokenKind::kAs)) {
    if (IsName("_")) Fail(ErrorKind::kSyntax, "cannot use '_' as a target");
    Push(first);
    Push(ExpectName());
    return MakeStruct(NodeKind::kMatchAs, pattern_line, 2);
  }
  return first;
}

Node Parser::ParseStarPattern() {
  uint32_t star_line = line();
  Expect(TokenKind::kStar);
  if (IsName("_")) {
    Advance();
    Push(0);
  } else {
    Push(ExpectName());
  }
  return MakeStruct(NodeKind::kMatchStar, star_line, 1);
}

// The literal of a literal pattern or a mapping key: a signed number, a
// complex number written as real +/- imaginary, strings, None, True, False.
Node Parser::ParseLiteralExpression() {
  uint32_t literal_line = line();
  switch (kind()) {
    case TokenKind::kString:
    case TokenKind::kBytes:
    case TokenKind::kFStringStart: {
      Node strings = ParseStrings();
      if (IsStructOf(strings, NodeKind::kFString)) {
        Fail(ErrorKind::kSyntax,
             "patterns may only match literals and attribute lookups");
      }
      return strings;
    }
    case TokenKind::kNone:
    case TokenKind::kTrue:
    case TokenKind::kFalse:
      return ParseAtom();
    default:
      break;
  }
  Node number;
  if (Accept(TokenKind::kMinus)) {
    if (kind() != TokenKind::kInteger &&
        kind() != TokenKind::kFloatOrImaginary) {
      FailSyntax();
    }
    Push(SmallIntNode(static_cast<intptr_t>(TokenKind::kMinus)));
    Push(ParseNumber(kind() == TokenKind::kFloatOrImaginary));
    number = MakeStruct(NodeKind::kUnaryOp, literal_line, 2);
  } else if (kind() == TokenKind::kInteger ||
             kind() == TokenKind::kFloatOrImaginary) {
    number = ParseNumber(kind() == TokenKind::kFloatOrImaginary);
  } else {
    FailSyntax();
  }
  if (kind() == TokenKind::kPlus || kind() == TokenKind::kMinus) {
    TokenKind op = kind();
    Advance();
    if (kind() != TokenKind::kFloatOrImaginary) FailSyntax();
    Push(number);
    Push(SmallIntNode(static_cast<intptr_t>(op)));
    Push(ParseNumber(true));
    number = MakeStruct(NodeKind::kBinaryOp, literal_line, 3);
  }
  return number;
}

// A dotted name with at least one dot, as an expression: a value pattern.
Node Parser::ParseValuePattern() {
  uint32_t value_line = line();
  Node value = ExpectName();
  if (kind() != TokenKind::kDot) FailSyntax();
  while (Accept(TokenKind::kDot)) {
    Push(value);
    Push(ExpectName());
    value = MakeStruct(NodeKind::kAttribute, value_line, 2);
  }
  return value;
}

Node Parser::ParseClosedPattern() {
  uint32_t pattern_line = line();
  switch (kind()) {
    case TokenKind::kName:
      return ParsePatternAfterName(ExpectName(), pattern_line);
    case TokenKind::kNone:
    case TokenKind::kTrue:
    case TokenKind::kFalse:
      Push(ParseAtom());
      return MakeStruct(NodeKind::kMatchSingleton, pattern_line, 1);
    case TokenKind::kLeftParen: {
      EnterNesting();
      Advance();
      if (Accept(TokenKind::kRightParen)) {
        LeaveNesting();
        return MakeStruct(NodeKind::kMatchSequence, pattern_line, 0);
      }
      Node first =
          kind() == TokenKind::kStar ? ParseStarPattern() : ParsePattern();
      if (kind() != TokenKind::kComma) {
        // A group: (pattern) is the pattern.
        if (IsStructOf(first, NodeKind::kMatchStar)) FailSyntax();
        Expect(TokenKind::kRightParen);
        LeaveNesting();
        return first;
      }
      Push(first);
      size_t count = 1;
      while (Accept(TokenKind::kComma) && kind() != TokenKind::kRightParen) {
        Push(kind() == TokenKind::kStar ? ParseStarPattern() : ParsePattern());
        ++count;
      }
      Expect(TokenKind::kRightParen);
      LeaveNesting();
      return MakeStruct(NodeKind::kMatchSequence, pattern_line, count);
    }
    case TokenKind::kLeftBracket:
      EnterNesting();
      Advance();
      return ParseSequencePattern(TokenKind::kRightBracket, pattern_line);
    case TokenKind::kLeftBrace:
      return ParseMappingPattern();
    default:
      Push(ParseLiteralExpression());
      return MakeStruct(NodeKind::kMatchValue, pattern_line, 1);
  }
}

// After a name: _, a capture, a value pattern (a.b), or a class pattern.
Node Parser::ParsePatternAfterName(Node name, uint32_t pattern_line) {
  Node class_name = name;
  if (kind() == TokenKind::kDot) {
    while (Accept(TokenKind::kDot)) {
      Push(class_name);
      Push(ExpectName());
      class_name = MakeStruct(NodeKind::kAttribute, pattern_line, 2);
    }
    if (kind() != TokenKind::kLeftParen) {
      Push(class_name);
      return MakeStruct(NodeKind::kMatchValue, pattern_line, 1);
    }
  }
  if (kind() == TokenKind::kLeftParen) {
    return ParseClassPattern(class_name, pattern_line);
  }
  if (names_.Intern("_", 1) == LeafArgument(name)) {
    return MakeStruct(NodeKind::kMatchWildcard, pattern_line, 0);
  }
  Push(name);
  return MakeStruct(NodeKind::kMatchCapture, pattern_line, 1);
}

// [p, *rest, q] after the opening bracket.
Node Parser::ParseSequencePattern(TokenKind close, uint32_t pattern_line) {
  size_t count = 0;
  bool star_seen = false;
  while (kind() != close) {
    if (kind() == TokenKind::kStar) {
      if (star_seen) {
        Fail(ErrorKind::kSyntax, "multiple starred names in sequence pattern");
      }
      star_seen = true;
      Push(ParseStarPattern());
    } else {
      Push(ParsePattern());
    }
    ++count;
    if (!Accept(TokenKind::kComma)) break;
  }
  Expect(close);
  LeaveNesting();
  return MakeStruct(NodeKind::kMatchSequence, pattern_line, count);
}

// {key: pattern, ..., **rest}
Node Parser::ParseMappingPattern() {
  uint32_t pattern_line = line();
  EnterNesting();
  Advance();
  size_t count = 0;
  while (kind() != TokenKind::kRightBrace) {
    uint32_t item_line = line();
    if (Accept(TokenKind::kDoubleStar)) {
      Push(ExpectName());
      Push(MakeStruct(NodeKind::kMatchRest, item_line, 1));
      ++count;
      Accept(TokenKind::kComma);
      if (kind() != TokenKind::kRightBrace) FailSyntax();  // **rest comes last
      break;
    }
    Push(kind() == TokenKind::kName ? ParseValuePattern()
                                    : ParseLiteralExpression());
    Expect(TokenKind::kColon);
    Push(ParsePattern());
    count += 2;
    if (!Accept(TokenKind::kComma)) break;
  }
  Expect(TokenKind::kRightBrace);
  LeaveNesting();
  return MakeStruct(NodeKind::kMatchMapping, pattern_line, count);
}

// Class(p, q, name=pattern) after the class's (dotted) name.
Node Parser::ParseClassPattern(Node class_name, uint32_t pattern_line) {
  Expect(TokenKind::kLeftParen);
  EnterNesting();
  Push(class_name);
  size_t count = 1;
  bool keyword_seen = false;
  while (kind() != TokenKind::kRightParen) {
    uint32_t argument_line = line();
    if (kind() == TokenKind::kName) {
      Node name = ExpectName();
      if (Accept(TokenKind::kEqual)) {
        Push(name);
        Push(ParsePattern());
        Push(MakeStruct(NodeKind::kMatchKeyword, argument_line, 2));
        keyword_seen = true;
      } else {
        if (keyword_seen) {
          Fail(ErrorKind::kSyntax,
               "positional patterns follow keyword patterns");
        }
        Push(ParsePattern(ParsePatternAfterName(name, argument_line)));
      }
    } else {
      if (keyword_seen) {
        Fail(ErrorKind::kSyntax, "positional patterns follow keyword patterns");
      }
      Push(ParsePattern());
    }
    ++count;
    if (!Accept(TokenKind::kComma)) break;
  }
  Expect(TokenKind::kRightParen);
  LeaveNesting();
  return MakeStruct(NodeKind::kMatchClass, pattern_line, count);
}

}  // namespace mp::parser
