// The token kinds, as one table. Keywords and operators carry their text, which
// the lexer matches and tools print.
#ifndef MP_LEXER_TOKEN_H_
#define MP_LEXER_TOKEN_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::lexer {

// X(kind, text): tokens whose text is fixed.
#define MP_KEYWORD_TOKENS(X) \
  X(kFalse, "False")         \
  X(kNone, "None")           \
  X(kTrue, "True")           \
  X(kAnd, "and")             \
  X(kAs, "as")               \
  X(kAssert, "assert")       \
  X(kAsync, "async")         \
  X(kAwait, "await")         \
  X(kBreak, "break")         \
  X(kClass, "class")         \
  X(kContinue, "continue")   \
  X(kDef, "def")             \
  X(kDel, "del")             \
  X(kElif, "elif")           \
  X(kElse, "else")           \
  X(kExcept, "except")       \
  X(kFinally, "finally")     \
  X(kFor, "for")             \
  X(kFrom, "from")           \
  X(kGlobal, "global")       \
  X(kIf, "if")               \
  X(kImport, "import")       \
  X(kIn, "in")               \
  X(kIs, "is")               \
  X(kLambda, "lambda")       \
  X(kNonlocal, "nonlocal")   \
  X(kNot, "not")             \
  X(kOr, "or")               \
  X(kPass, "pass")           \
  X(kRaise, "raise")         \
  X(kReturn, "return")       \
  X(kTry, "try")             \
  X(kWhile, "while")         \
  X(kWith, "with")           \
  X(kYield, "yield")

// Longer operators come before their prefixes, so the first match is the
// longest.
#define MP_OPERATOR_TOKENS(X) \
  X(kEllipsis, "...")         \
  X(kDoubleStarEqual, "**=")  \
  X(kDoubleSlashEqual, "//=") \
  X(kLeftShiftEqual, "<<=")   \
  X(kRightShiftEqual, ">>=")  \
  X(kDoubleStar, "**")        \
  X(kDoubleSlash, "//")       \
  X(kLeftShift, "<<")         \
  X(kRightShift, ">>")        \
  X(kLessEqual, "<=")         \
  X(kMoreEqual, ">=")         \
  X(kEqualEqual, "==")        \
  X(kNotEqual, "!=")          \
  X(kArrow, "->")             \
  X(kColonEqual, ":=")        \
  X(kPlusEqual, "+=")         \
  X(kMinusEqual, "-=")        \
  X(kStarEqual, "*=")         \
  X(kSlashEqual, "/=")        \
  X(kPercentEqual, "%=")      \
  X(kAtEqual, "@=")           \
  X(kAmpersandEqual, "&=")    \
  X(kPipeEqual, "|=")         \
  X(kCaretEqual, "^=")        \
  X(kPlus, "+")               \
  X(kMinus, "-")              \
  X(kStar, "*")               \
  X(kSlash, "/")              \
  X(kPercent, "%")            \
  X(kAt, "@")                 \
  X(kAmpersand, "&")          \
  X(kPipe, "|")               \
  X(kCaret, "^")              \
  X(kTilde, "~")              \
  X(kLess, "<")               \
  X(kMore, ">")               \
  X(kEqual, "=")              \
  X(kLeftParen, "(")          \
  X(kRightParen, ")")         \
  X(kLeftBracket, "[")        \
  X(kRightBracket, "]")       \
  X(kLeftBrace, "{")          \
  X(kRightBrace, "}")         \
  X(kComma, ",")              \
  X(kColon, ":")              \
  X(kSemicolon, ";")          \
  X(kDot, ".")

// X(kind, description): tokens with variable text, and the errors the lexer
// reports.
#define MP_OTHER_TOKENS(X)                                                  \
  X(kEnd, "end of input")                                                   \
  X(kNewline, "newline")                                                    \
  X(kIndent, "indent")                                                      \
  X(kDedent, "dedent")                                                      \
  X(kName, "name")                                                          \
  X(kInteger, "integer")                                                    \
  X(kFloatOrImaginary, "float or imaginary number")                         \
  X(kString, "string")                                                      \
  X(kBytes, "bytes")                                                        \
  X(kFStringStart, "start of an f-string")                                  \
  X(kFStringMiddle, "f-string text")                                        \
  X(kFStringEnd, "end of an f-string")                                      \
  X(kFStringDebug, "the text of an f-string's {expression=}")               \
  X(kExclamation, "!")                                                      \
  X(kErrorInvalidCharacter, "invalid character")                            \
  X(kErrorUnterminatedString, "unterminated string")                        \
  X(kErrorBadEscape, "invalid escape sequence")                             \
  X(kErrorNonAsciiBytes, "bytes can only contain ASCII literal characters") \
  X(kErrorDedentMismatch, "unindent doesn't match any outer indent level")  \
  X(kErrorUnsupported, "\\N{} escapes are not supported yet")               \
  X(kErrorFStringBrace, "f-string: single '}' is not allowed")              \
  X(kErrorFStringNesting, "f-string: expressions nested too deeply")        \
  X(kErrorOutOfMemory, "out of memory")

enum class TokenKind : uint8_t {
#define MP_X(kind, text) kind,
  MP_OTHER_TOKENS(MP_X) MP_KEYWORD_TOKENS(MP_X) MP_OPERATOR_TOKENS(MP_X)
#undef MP_X
      kCount
};

// The fixed text of a keyword or operator, or a description of the other kinds.
const char* TokenKindText(TokenKind kind);
bool IsKeyword(TokenKind kind);
bool IsError(TokenKind kind);

struct Token {
  TokenKind kind;
  uint32_t line;
  uint32_t column;  // from 1, in bytes
  // The text: a name, a number as written, or a string's value with escapes
  // decoded. Valid until the next token.
  const char* text;
  size_t length;
};

}  // namespace mp::lexer

#endif  // MP_LEXER_TOKEN_H_
