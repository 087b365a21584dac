// What the parser's source files share, beyond the class itself.
#ifndef MP_PARSER_PARSER_INTERNAL_H_
#define MP_PARSER_PARSER_INTERNAL_H_

#include "lexer/token.h"

namespace mp::parser {

// Binding strength of binary operators; higher binds tighter.
enum Precedence : int {
  kNone = 0,
  kOr = 1,
  kAnd = 2,
  kNot = 3,
  kComparison = 4,
  kBitOr = 5,
  kBitXor = 6,
  kBitAnd = 7,
  kShift = 8,
  kArithmetic = 9,
  kTerm = 10,
  kUnary = 11,
  kPower = 12,
};

// Tokens that end a statement.
bool EndsStatement(lexer::TokenKind kind);
// Tokens that may follow the last item of an expression list, so that a
// trailing comma ends it: `return 1,` `x = 1, 2,` `(a, b,)` `for x, in y`.
bool EndsExpressionList(lexer::TokenKind kind);

}  // namespace mp::parser

#endif  // MP_PARSER_PARSER_INTERNAL_H_
