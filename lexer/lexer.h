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
};

}  // namespace mp::lexer

#endif  // MP_LEXER_LEXER_H_
