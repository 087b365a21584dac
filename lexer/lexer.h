// Python source -> tokens, including INDENT/DEDENT and NEWLINE, with the
// escapes of string literals decoded. Stands alone: a syntax highlighter can
// link just this library.
//
//   BufferReader reader(source, length);
//   Lexer lexer(reader, allocator);
//   for (const Token* t = &lexer.Next(); t->kind != TokenKind::kEnd; t =
//   &lexer.Next()) ... lexer.Release();
//
// Errors come as tokens of an error kind (IsError), at the place they were
// found.
#ifndef MP_LEXER_LEXER_H_
#define MP_LEXER_LEXER_H_

#include <stddef.h>
#include <stdint.h>

#include "lexer/allocator.h"
#include "lexer/reader.h"
#include "lexer/token.h"

namespace mp::lexer {

class Lexer {
 public:
  Lexer(Reader& reader, Allocator& allocator);
  Lexer(const Lexer&) = delete;
  Lexer& operator=(const Lexer&) = delete;
  // Gives the buffers back. There is no destructor: a raise may skip this
  // frame, and then the garbage collector reclaims the buffers.
  void Release();

  // Moves to the next token and returns it.
  const Token& Next();
  const Token& token() const { return token_; }
  // How many brackets are open at the current token: the REPL asks for more
  // input while some are.
  int nesting() const { return nesting_; }

 private:
  static constexpr int kEnd = Reader::kEnd;
  static constexpr int kNothingPushedBack = -2;
  enum class EscapeResult { kDone, kKeepCharacter, kError };

  int ReadByte();
  void Advance();
  bool SkipIndentation(uint32_t* indent);
  void SkipSpaceAndComments();
  void Emit(TokenKind kind);
  void EmitError(TokenKind kind);
  bool AppendByte(char c);
  bool AppendCodePoint(uint32_t code_point);
  void LexName();
  void LexNumber();
  void LexString(bool raw, bool bytes);
  EscapeResult LexEscape(bool bytes);
  EscapeResult OutOfMemory();
  void LexOperator();
  bool HandleIndentation();
  bool PushIndent(uint32_t indent);
  void StartFString(bool raw);
  bool InFStringText() const;
  void LexFStringText();
  bool LexFStringFieldToken();
  bool AppendCapture(char c);

  Reader& reader_;
  Allocator& allocator_;
  int pushed_back_ = kNothingPushedBack;
  int chr0_;
  int chr1_;
  int chr2_;
  uint32_t line_ = 1;
  uint32_t column_ = 1;
  uint32_t token_line_ = 1;
  uint32_t token_column_ = 1;
  int nesting_ = 0;
  bool at_line_start_ = true;
  bool line_has_tokens_ = false;
  uint32_t pending_dedents_ = 0;
  // Indentation levels; the first few are kept inline, so that a lexer needs no
  // memory until its first token with text.
  static constexpr size_t kInlineIndents = 8;
  uint32_t inline_indents_[kInlineIndents] = {};
  uint32_t* indents_ = inline_indents_;
  size_t indent_depth_ = 0;
  size_t indent_capacity_ = kInlineIndents;
  char* text_ = nullptr;
  size_t text_length_ = 0;
  size_t text_capacity_ = 0;
  Token token_{};

  // f-strings, as PEP 701 has them: the lexer emits kFStringStart, literal
  // kFStringMiddle pieces and ordinary tokens for each replacement field. Each
  // open f-string has a stack of open fields (a field's format spec may hold
  // fields of its own); f-strings nest inside fields. Both are bounded, and
  // inline, so that the lexer allocates nothing for them.
  static constexpr int kMaxFStringDepth = 4;
  static constexpr int kMaxFieldDepth = 4;
  enum class FieldState : uint8_t { kExpression, kFormatSpec };
  struct Field {
    FieldState state;
    uint16_t nesting;        // nesting_ just inside the field's '{'
    uint32_t capture_start;  // where the field's text starts in capture_
  };
  struct FString {
    char quote;
    bool triple;
    bool raw;
    uint8_t depth;  // open fields
    Field fields[kMaxFieldDepth];
  };
  FString fstrings_[kMaxFStringDepth] = {};
  int fstring_depth_ = 0;
  // The source text of the open f-strings, kept for {expression=}, which
  // repeats the expression as written.
  char* capture_ = nullptr;
  size_t capture_length_ = 0;
  size_t capture_capacity_ = 0;
  bool capture_failed_ = false;
};

}  // namespace mp::lexer

#endif  // MP_LEXER_LEXER_H_
