#include "lexer/lexer.h"

#include <string.h>

namespace mp::lexer {
namespace {

struct FixedToken {
  TokenKind kind;
  const char* text;
};

constexpr FixedToken kKeywords[] = {
#define MP_X(kind, text) {TokenKind::kind, text},
    MP_KEYWORD_TOKENS(MP_X)
#undef MP_X
};

constexpr FixedToken kOperators[] = {
#define MP_X(kind, text) {TokenKind::kind, text},
    MP_OPERATOR_TOKENS(MP_X)
#undef MP_X
};

constexpr int Compare(const char* a, const char* b) {
  while (*a != '\0' && *a == *b) ++a, ++b;
  return static_cast<unsigned char>(*a) - static_cast<unsigned char>(*b);
}

constexpr bool KeywordsAreSorted() {
  for (size_t i = 1; i < sizeof(kKeywords) / sizeof(kKeywords[0]); ++i) {
    if (Compare(kKeywords[i - 1].text, kKeywords[i].text) >= 0) return false;
  }
  return true;
}
static_assert(KeywordsAreSorted(), "keywords must be listed in byte order");

bool IsDigit(int c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(int c) {
  return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
bool IsLetter(int c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
// Bytes from 0x80 up are parts of UTF-8 identifiers.
bool IsNameStart(int c) { return IsLetter(c) || c == '_' || c >= 0x80; }
bool IsNameChar(int c) { return IsNameStart(c) || IsDigit(c); }
int HexValue(int c) { return IsDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }

TokenKind FindKeyword(const char* text, size_t length) {
  size_t low = 0;
  size_t high = sizeof(kKeywords) / sizeof(kKeywords[0]);
  while (low < high) {
    size_t middle = (low + high) / 2;
    const char* keyword = kKeywords[middle].text;
    int order = strncmp(text, keyword, length);
    if (order == 0 && keyword[length] == '\0') return kKeywords[middle].kind;
    if (order == 0) order = -1;  // text is a proper prefix of keyword
    if (order < 0) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return TokenKind::kName;
}

}  // namespace

Lexer::Lexer(Reader& reader, Allocator& allocator)
    : reader_(reader), allocator_(allocator) {
  chr0_ = ReadByte();
  chr1_ = chr0_ == kEnd ? kEnd : ReadByte();
  chr2_ = chr1_ == kEnd ? kEnd : ReadByte();
  PushIndent(0);
}

void Lexer::Release() {
  if (indents_ != inline_indents_) {
    allocator_.Free(indents_, indent_capacity_ * sizeof(uint32_t));
  }
  if (text_ != nullptr) allocator_.Free(text_, text_capacity_);
  if (capture_ != nullptr) allocator_.Free(capture_, capture_capacity_);
  capture_ = nullptr;
  capture_length_ = capture_capacity_ = 0;
  indents_ = inline_indents_;
  indent_capacity_ = kInlineIndents;
  indent_depth_ = 1;
  text_ = nullptr;
  text_capacity_ = text_length_ = 0;
  // The token pointed into the buffer just freed.
  token_ = Token{};
}

// Line ends may be \n, \r\n or \r; the rest of the lexer sees only \n.
int Lexer::ReadByte() {
  int c;
  if (pushed_back_ != kNothingPushedBack) {
    c = pushed_back_;
    pushed_back_ = kNothingPushedBack;
  } else {
    c = reader_.NextByte();
  }
  if (c == '\r') {
    int next = reader_.NextByte();
    if (next != '\n') pushed_back_ = next;
    c = '\n';
  }
  return c;
}

void Lexer::Advance() {
  if (chr0_ == kEnd) return;
  if (fstring_depth_ > 0) AppendCapture(static_cast<char>(chr0_));
  if (chr0_ == '\n') {
    ++line_;
    column_ = 1;
  } else {
    ++column_;
  }
  chr0_ = chr1_;
  chr1_ = chr2_;
  chr2_ = chr1_ == kEnd ? kEnd : ReadByte();
}

bool Lexer::AppendByte(char c) {
  if (text_length_ == text_capacity_) {
    size_t new_capacity = text_capacity_ == 0 ? 32 : text_capacity_ * 2;
    void* grown = text_ == nullptr ? allocator_.Allocate(new_capacity)
                                   : allocator_.Reallocate(
                                         text_, text_capacity_, new_capacity);
    if (grown == nullptr) return false;
    text_ = static_cast<char*>(grown);
    text_capacity_ = new_capacity;
  }
  text_[text_length_++] = c;
  return true;
}

bool Lexer::AppendCodePoint(uint32_t code_point) {
  if (code_point < 0x80) return AppendByte(static_cast<char>(code_point));
  char bytes[4];
  int count;
  if (code_point < 0x800) {
    bytes[0] = static_cast<char>(0xC0 | (code_point >> 6));
    count = 2;
  } else if (code_point < 0x10000) {
    bytes[0] = static_cast<char>(0xE0 | (code_point >> 12));
    count = 3;
  } else {
    bytes[0] = static_cast<char>(0xF0 | (code_point >> 18));
    count = 4;
  }
  for (int i = 1; i < count; ++i) {
    bytes[i] = static_cast<char>(
        0x80 | ((code_point >> (6 * (count - 1 - i))) & 0x3F));
  }
  for (int i = 0; i < count; ++i) {
    if (!AppendByte(bytes[i])) return false;
  }
  return true;
}

bool Lexer::PushIndent(uint32_t indent) {
  if (indent_depth_ == indent_capacity_) {
    size_t new_capacity = indent_capacity_ * 2;
    void* grown;
    if (indents_ == inline_indents_) {
      grown = allocator_.Allocate(new_capacity * sizeof(uint32_t));
      if (grown != nullptr)
        memcpy(grown, inline_indents_, sizeof(inline_indents_));
    } else {
      grown =
          allocator_.Reallocate(indents_, indent_capacity_ * sizeof(uint32_t),
                                new_capacity * sizeof(uint32_t));
    }
    if (grown == nullptr) return false;
    indents_ = static_cast<uint32_t*>(grown);
    indent_capacity_ = new_capacity;
  }
  indents_[indent_depth_++] = indent;
  return true;
}

void Lexer::Emit(TokenKind kind) {
  token_.kind = kind;
  token_.line = token_line_;
  token_.column = token_column_;
  token_.text = text_;
  token_.length = text_length_;
  if (kind != TokenKind::kNewline && kind != TokenKind::kIndent &&
      kind != TokenKind::kDedent && kind != TokenKind::kEnd) {
    line_has_tokens_ = true;
  }
}

void Lexer::EmitError(TokenKind kind) {
  Emit(kind);
  token_.text = TokenKindText(kind);
  token_.length = strlen(token_.text);
}

// At the start of a line: measures its indentation (tabs to the next multiple
// of 8). Returns false for a line with nothing but space and a comment, which
// it consumes whole, and at the end of the input.
bool Lexer::SkipIndentation(uint32_t* indent) {
  uint32_t columns = 0;
  for (;;) {
    if (chr0_ == ' ') {
      ++columns;
    } else if (chr0_ == '\t') {
      columns = (columns / 8 + 1) * 8;
    } else if (chr0_ == '\f') {
      columns = 0;
    } else {
      break;
    }
    Advance();
  }
  if (chr0_ == '#') {
    while (chr0_ != '\n' && chr0_ != kEnd) Advance();
  }
  if (chr0_ == '\n') {
    Advance();
    return false;
  }
  *indent = columns;
  return chr0_ != kEnd;
}

void Lexer::SkipSpaceAndComments() {
  for (;;) {
    if (chr0_ == ' ' || chr0_ == '\t' || chr0_ == '\f') {
      Advance();
    } else if (chr0_ == '#') {
      while (chr0_ != '\n' && chr0_ != kEnd) Advance();
    } else if (chr0_ == '\\' && chr1_ == '\n') {
      Advance();
      Advance();
    } else {
      return;
    }
  }
}

// At the start of a logical line: emits INDENT, DEDENT or an error and returns
// true, or returns false when the indentation is unchanged.
bool Lexer::HandleIndentation() {
  at_line_start_ = false;
  uint32_t indent = 0;
  while (!SkipIndentation(&indent)) {
    if (chr0_ == kEnd) return false;  // only blank lines were left
  }
  token_line_ = line_;
  token_column_ = column_;
  uint32_t current = indents_[indent_depth_ - 1];
  if (indent > current) {
    if (!PushIndent(indent)) {
      EmitError(TokenKind::kErrorOutOfMemory);
    } else {
      Emit(TokenKind::kIndent);
    }
    return true;
  }
  if (indent == current) return false;
  uint32_t dedents = 0;
  while (indent_depth_ > 1 && indents_[indent_depth_ - 1] > indent) {
    --indent_depth_;
    ++dedents;
  }
  if (indents_[indent_depth_ - 1] != indent) {
    EmitError(TokenKind::kErrorDedentMismatch);
    return true;
  }
  pending_dedents_ = dedents - 1;
  Emit(TokenKind::kDedent);
  return true;
}

const Token& Lexer::Next() {
  text_length_ = 0;
  if (pending_dedents_ > 0) {
    --pending_dedents_;
    Emit(TokenKind::kDedent);
    return token_;
  }
  if (fstring_depth_ > 0 && InFStringText()) {
    LexFStringText();
    return token_;
  }
  if (at_line_start_ && HandleIndentation()) return token_;
  for (;;) {
    SkipSpaceAndComments();
    if (chr0_ != '\n' || nesting_ == 0) break;
    Advance();  // inside brackets, line ends are only space
  }
  token_line_ = line_;
  token_column_ = column_;
  if (chr0_ == kEnd && fstring_depth_ > 0) {
    EmitError(TokenKind::kErrorUnterminatedString);
  } else if (chr0_ == kEnd) {
    if (line_has_tokens_) {
      line_has_tokens_ = false;
      Emit(TokenKind::kNewline);
    } else if (indent_depth_ > 1) {
      --indent_depth_;
      Emit(TokenKind::kDedent);
    } else {
      Emit(TokenKind::kEnd);
    }
  } else if (chr0_ == '\n') {
    Advance();
    at_line_start_ = true;
    Emit(TokenKind::kNewline);
    line_has_tokens_ = false;
  } else if (fstring_depth_ > 0 && LexFStringFieldToken()) {
    // a field's closing brace, its conversion, its format spec or its '='
  } else if (IsNameStart(chr0_)) {
    LexName();
  } else if (IsDigit(chr0_) || (chr0_ == '.' && IsDigit(chr1_))) {
    LexNumber();
  } else if (chr0_ == '\'' || chr0_ == '"') {
    LexString(false, false);
  } else if (chr0_ == '\\') {
    // A backslash that does not end the line (or ends the input).
    EmitError(TokenKind::kErrorInvalidCharacter);
  } else {
    LexOperator();
  }
  return token_;
}

void Lexer::LexName() {
  while (IsNameChar(chr0_)) {
    if (!AppendByte(static_cast<char>(chr0_))) {
      EmitError(TokenKind::kErrorOutOfMemory);
      return;
    }
    Advance();
  }
  if ((chr0_ == '\'' || chr0_ == '"') && text_length_ <= 2) {
    bool raw = false;
    bool bytes = false;
    bool format = false;
    bool unicode = false;
    bool valid = true;
    for (size_t i = 0; i < text_length_; ++i) {
      bool* flag;
      switch (text_[i] | 0x20) {
        case 'r':
          flag = &raw;
          break;
        case 'b':
          flag = &bytes;
          break;
        case 'f':
          flag = &format;
          break;
        case 'u':
          flag = &unicode;
          break;
        default:
          flag = nullptr;
      }
      valid = valid && flag != nullptr && !*flag;
      if (flag != nullptr) *flag = true;
    }
    valid =
        valid && !(bytes && format) && !(unicode && (raw || bytes || format));
    if (valid) {
      text_length_ = 0;
      if (format) {
        StartFString(raw);
      } else {
        LexString(raw, bytes);
      }
      return;
    }
  }
  Emit(FindKeyword(text_, text_length_));
}

void Lexer::LexNumber() {
  // Collects everything that can belong to a number; the parser checks and
  // converts it, so that "1abc" or "0x" becomes one malformed number rather
  // than two tokens.
  bool is_float = false;
  bool hex = chr0_ == '0' && (chr1_ == 'x' || chr1_ == 'X');
  for (;;) {
    bool signed_exponent = !hex && (chr0_ == 'e' || chr0_ == 'E') &&
                           (chr1_ == '+' || chr1_ == '-') && IsDigit(chr2_);
    if (chr0_ == '.' || (!hex && (chr0_ == 'e' || chr0_ == 'E' ||
                                  chr0_ == 'j' || chr0_ == 'J'))) {
      is_float = true;
    } else if (!IsNameChar(chr0_)) {
      break;
    }
    int count = signed_exponent ? 2 : 1;
    for (int i = 0; i < count; ++i) {
      if (!AppendByte(static_cast<char>(chr0_))) {
        EmitError(TokenKind::kErrorOutOfMemory);
        return;
      }
      Advance();
    }
  }
  Emit(is_float ? TokenKind::kFloatOrImaginary : TokenKind::kInteger);
}

// After a backslash (already consumed) in a non-raw literal: appends what the
// escape stands for, or, for an unknown escape, the backslash, leaving the
// character to the caller.
Lexer::EscapeResult Lexer::LexEscape(bool bytes) {
  int c = chr0_;
  uint32_t value = 0;
  int hex_digits = 0;
  switch (c) {
    case kEnd:
      EmitError(TokenKind::kErrorUnterminatedString);
      return EscapeResult::kError;
    case '\n':
      Advance();  // a line continuation inside the literal
      return EscapeResult::kDone;
    case 'a':
      value = 7;
      break;
    case 'b':
      value = 8;
      break;
    case 'f':
      value = 12;
      break;
    case 'n':
      value = '\n';
      break;
    case 'r':
      value = '\r';
      break;
    case 't':
      value = '\t';
      break;
    case 'v':
      value = 11;
      break;
    case '\\':
    case '\'':
    case '"':
      value = static_cast<uint32_t>(c);
      break;
    case 'x':
      hex_digits = 2;
      break;
    case 'u':
    case 'U':
      if (bytes)
        return AppendByte('\\') ? EscapeResult::kKeepCharacter : OutOfMemory();
      hex_digits = c == 'u' ? 4 : 8;
      break;
    case 'N':
      if (!bytes) {
        EmitError(TokenKind::kErrorUnsupported);
        return EscapeResult::kError;
      }
      return AppendByte('\\') ? EscapeResult::kKeepCharacter : OutOfMemory();
    default:
      if (c < '0' || c > '7') {
        // An unknown escape keeps its backslash, as in Python.
        return AppendByte('\\') ? EscapeResult::kKeepCharacter : OutOfMemory();
      }
      for (int i = 0; i < 3 && chr0_ >= '0' && chr0_ <= '7'; ++i) {
        value = value * 8 + static_cast<uint32_t>(chr0_ - '0');
        Advance();
      }
      if (bytes) value &= 0xFF;
      return AppendCodePoint(value) ? EscapeResult::kDone : OutOfMemory();
  }
  if (hex_digits == 0) {
    Advance();
    return AppendByte(static_cast<char>(value)) ? EscapeResult::kDone
                                                : OutOfMemory();
  }
  Advance();
  for (int i = 0; i < hex_digits; ++i) {
    if (!IsHexDigit(chr0_)) {
      EmitError(TokenKind::kErrorBadEscape);
      return EscapeResult::kError;
    }
    value = value * 16 + static_cast<uint32_t>(HexValue(chr0_));
    Advance();
  }
  if (value > 0x10FFFF) {
    EmitError(TokenKind::kErrorBadEscape);
    return EscapeResult::kError;
  }
  bool ok =
      bytes ? AppendByte(static_cast<char>(value)) : AppendCodePoint(value);
  return ok ? EscapeResult::kDone : OutOfMemory();
}

Lexer::EscapeResult Lexer::OutOfMemory() {
  EmitError(TokenKind::kErrorOutOfMemory);
  return EscapeResult::kError;
}

void Lexer::LexString(bool raw, bool bytes) {
  int quote = chr0_;
  Advance();
  bool triple = false;
  if (chr0_ == quote && chr1_ == quote) {
    triple = true;
    Advance();
    Advance();
  }
  for (;;) {
    if (chr0_ == kEnd || (chr0_ == '\n' && !triple)) {
      EmitError(TokenKind::kErrorUnterminatedString);
      return;
    }
    if (chr0_ == quote) {
      if (!triple) {
        Advance();
        break;
      }
      if (chr1_ == quote && chr2_ == quote) {
        Advance();
        Advance();
        Advance();
        break;
      }
    }
    if (chr0_ == '\\') {
      Advance();
      if (raw) {
        // In a raw literal the backslash stays, and still protects the next
        // character (even a quote or a line end), which is appended below.
        if (!AppendByte('\\')) {
          OutOfMemory();
          return;
        }
        if (chr0_ == kEnd) continue;
      } else {
        EscapeResult result = LexEscape(bytes);
        if (result == EscapeResult::kError) return;
        if (result == EscapeResult::kDone) continue;
      }
    }
    if (bytes && chr0_ >= 0x80) {
      EmitError(TokenKind::kErrorNonAsciiBytes);
      return;
    }
    if (!AppendByte(static_cast<char>(chr0_))) {
      OutOfMemory();
      return;
    }
    Advance();
  }
  Emit(bytes ? TokenKind::kBytes : TokenKind::kString);
}

bool Lexer::AppendCapture(char c) {
  if (capture_length_ == capture_capacity_) {
    size_t new_capacity = capture_capacity_ == 0 ? 64 : capture_capacity_ * 2;
    void* grown =
        capture_ == nullptr
            ? allocator_.Allocate(new_capacity)
            : allocator_.Reallocate(capture_, capture_capacity_, new_capacity);
    if (grown == nullptr) {
      capture_failed_ = true;
      return false;
    }
    capture_ = static_cast<char*>(grown);
    capture_capacity_ = new_capacity;
  }
  capture_[capture_length_++] = c;
  return true;
}

// At the opening quote of an f-string, after its prefix.
void Lexer::StartFString(bool raw) {
  if (fstring_depth_ == kMaxFStringDepth) {
    EmitError(TokenKind::kErrorFStringNesting);
    return;
  }
  FString& fstring = fstrings_[fstring_depth_++];
  fstring = FString{};
  fstring.quote = static_cast<char>(chr0_);
  fstring.raw = raw;
  Advance();
  if (chr0_ == fstring.quote && chr1_ == fstring.quote) {
    fstring.triple = true;
    Advance();
    Advance();
  }
  Emit(TokenKind::kFStringStart);
}

// In an f-string's literal text, or in a field's format spec (also text).
bool Lexer::InFStringText() const {
  const FString& fstring = fstrings_[fstring_depth_ - 1];
  return fstring.depth == 0 ||
         fstring.fields[fstring.depth - 1].state == FieldState::kFormatSpec;
}

// Text up to the next field, the end of a format spec, or the closing quote.
// Literal text is emitted first, alone; then each of those on its own call.
void Lexer::LexFStringText() {
  FString& fstring = fstrings_[fstring_depth_ - 1];
  bool in_spec = fstring.depth > 0;
  token_line_ = line_;
  token_column_ = column_;
  for (;;) {
    if (chr0_ == kEnd || (chr0_ == '\n' && !fstring.triple)) {
      EmitError(TokenKind::kErrorUnterminatedString);
      return;
    }
    bool at_quote =
        chr0_ == fstring.quote &&
        (!fstring.triple || (chr1_ == fstring.quote && chr2_ == fstring.quote));
    bool at_open = chr0_ == '{' && (in_spec || chr1_ != '{');
    bool at_close = chr0_ == '}' && (in_spec || chr1_ != '}');
    if ((at_quote && !in_spec) || at_open || at_close) {
      if (text_length_ > 0) {
        Emit(TokenKind::kFStringMiddle);
        return;
      }
    }
    if (at_quote && !in_spec) {
      for (int i = fstring.triple ? 3 : 1; i > 0; --i) Advance();
      if (--fstring_depth_ == 0) capture_length_ = 0;
      Emit(TokenKind::kFStringEnd);
      return;
    }
    if (at_open) {
      if (fstring.depth == kMaxFieldDepth) {
        EmitError(TokenKind::kErrorFStringNesting);
        return;
      }
      Advance();
      ++nesting_;
      fstring.fields[fstring.depth++] =
          Field{FieldState::kExpression, static_cast<uint16_t>(nesting_),
                static_cast<uint32_t>(capture_length_)};
      Emit(TokenKind::kLeftBrace);
      return;
    }
    if (at_close) {
      if (!in_spec) {
        EmitError(TokenKind::kErrorFStringBrace);
        return;
      }
      // The end of a format spec ends its field.
      Advance();
      --nesting_;
      --fstring.depth;
      Emit(TokenKind::kRightBrace);
      return;
    }
    if ((chr0_ == '{' || chr0_ == '}') && !in_spec) {
      // {{ and }} stand for one brace.
      if (!AppendByte(static_cast<char>(chr0_))) {
        EmitError(TokenKind::kErrorOutOfMemory);
        return;
      }
      Advance();
      Advance();
      continue;
    }
    if (chr0_ == '\\' && !fstring.raw) {
      Advance();
      EscapeResult result = LexEscape(false);
      if (result == EscapeResult::kError) return;
      continue;  // an unknown escape leaves its character for the next turn
    }
    if (!AppendByte(static_cast<char>(chr0_))) {
      EmitError(TokenKind::kErrorOutOfMemory);
      return;
    }
    Advance();
  }
}

// In a field's expression, at the field's own bracket depth: its closing
// brace, its !conversion, the colon that starts its format spec, or the '=' of
// {expression=}. Returns false for anything else, which lexes as usual.
bool Lexer::LexFStringFieldToken() {
  FString& fstring = fstrings_[fstring_depth_ - 1];
  Field& field = fstring.fields[fstring.depth - 1];
  if (nesting_ != field.nesting) return false;
  switch (chr0_) {
    case '}':
      Advance();
      --nesting_;
      --fstring.depth;
      Emit(TokenKind::kRightBrace);
      return true;
    case ':':
      Advance();
      field.state = FieldState::kFormatSpec;
      Emit(TokenKind::kColon);
      return true;
    case '!':
      if (chr1_ == '=') return false;
      Advance();
      Emit(TokenKind::kExclamation);
      return true;
    case '=':
      if (chr1_ == '=') return false;
      // The text is the expression as written, with the '=' and the space
      // after it.
      Advance();
      while (chr0_ == ' ' || chr0_ == '\t') Advance();
      if (capture_failed_) {
        EmitError(TokenKind::kErrorOutOfMemory);
        return true;
      }
      Emit(TokenKind::kFStringDebug);
      token_.text = capture_ + field.capture_start;
      token_.length = capture_length_ - field.capture_start;
      return true;
    default:
      return false;
  }
}

void Lexer::LexOperator() {
  for (const FixedToken& op : kOperators) {
    const char* text = op.text;
    if (text[0] != chr0_) continue;
    if (text[1] != '\0' && text[1] != chr1_) continue;
    if (text[1] != '\0' && text[2] != '\0' && text[2] != chr2_) continue;
    size_t length = strlen(text);
    for (size_t i = 0; i < length; ++i) Advance();
    switch (op.kind) {
      case TokenKind::kLeftParen:
      case TokenKind::kLeftBracket:
      case TokenKind::kLeftBrace:
        ++nesting_;
        break;
      case TokenKind::kRightParen:
      case TokenKind::kRightBracket:
      case TokenKind::kRightBrace:
        if (nesting_ > 0) --nesting_;
        break;
      default:
        break;
    }
    Emit(op.kind);
    return;
  }
  EmitError(TokenKind::kErrorInvalidCharacter);
}

}  // namespace mp::lexer
