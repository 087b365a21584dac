#include "lexer/token.h"

namespace mp::lexer {
namespace {

constexpr const char* kTexts[] = {
#define MP_X(kind, text) text,
    MP_OTHER_TOKENS(MP_X) MP_KEYWORD_TOKENS(MP_X) MP_OPERATOR_TOKENS(MP_X)
#undef MP_X
};

}  // namespace

const char* TokenKindText(TokenKind kind) {
  return kind < TokenKind::kCount ? kTexts[static_cast<int>(kind)] : "?";
}

bool IsKeyword(TokenKind kind) {
  return kind >= TokenKind::kFalse && kind <= TokenKind::kYield;
}

bool IsError(TokenKind kind) {
  return kind >= TokenKind::kErrorInvalidCharacter &&
         kind <= TokenKind::kErrorOutOfMemory;
}

}  // namespace mp::lexer
