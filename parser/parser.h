// Tokens -> compact parse tree (see node.h). Stands alone over the lexer: a
// linter or a compiler on the host can link it without the runtime.
//
//   BufferReader reader(source, length);
//   Parser parser(reader, allocator, names);
//   ParseResult result = parser.Parse(InputKind::kFile);
//   ... use result.root, or report result.error at result.line ...
//   parser.Release();  // frees the tree
#ifndef MP_PARSER_PARSER_H_
#define MP_PARSER_PARSER_H_

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

#include "lexer/allocator.h"
#include "lexer/lexer.h"
#include "lexer/reader.h"
#include "parser/node.h"

namespace mp::parser {

// Turns identifier text into ids; equal texts must get equal ids. The runtime
// interns them as qstrs, so the tree and the compiler never copy names.
class NameTable {
 public:
  virtual uint32_t Intern(const char* text, size_t length) = 0;

 protected:
  ~NameTable() = default;
};

enum class InputKind : uint8_t {
  kFile,    // a module
  kSingle,  // one REPL entry: expression results are printed
  kEval,    // one expression (eval())
};

// kTooDeep: the recursion reached the stack limit (see set_stack_limit).
enum class ErrorKind : uint8_t {
  kNone,
  kSyntax,
  kIndentation,
  kOutOfMemory,
  kTooDeep
};

struct ParseResult {
  Node root;  // a kModule; for kEval, the expression
  ErrorKind error;
  uint32_t line;
  uint32_t column;
  const char* message;  // static text, in MicroPython's wording
};

class Parser {
 public:
  Parser(lexer::Reader& reader, lexer::Allocator& allocator, NameTable& names);
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  ParseResult Parse(InputKind input);
  // Frees the tree and the parser's buffers; the nodes are gone afterwards. (No
  // destructor: a raise may skip this frame, and then the garbage collector
  // reclaims the memory.)
  void Release();

  // Deeper nesting of brackets and blocks is a SyntaxError ("too many nested
  // parentheses").
  void set_max_nesting(uint32_t max_nesting) { max_nesting_ = max_nesting; }
  // The lowest address of the C stack the parser may use (the stack grows
  // down): recursing below it, on deep input like `----...1` or `not not
  // ...`, is ErrorKind::kTooDeep instead of a stack overflow. The caller knows
  // its stack (the runtime's bounds, a thread's size); null checks nothing.
  void set_stack_limit(const void* lowest_usable) {
    stack_limit_ = reinterpret_cast<uintptr_t>(lowest_usable);
  }
  // The bytes the tree occupies (for memory budgets).
  size_t tree_bytes() const { return tree_bytes_; }

 private:
  struct Chunk {
    Chunk* next;
    size_t size;
    size_t used;
  };

  [[noreturn]] void Fail(ErrorKind kind, const char* message);
  [[noreturn]] void FailSyntax() { Fail(ErrorKind::kSyntax, "invalid syntax"); }
  void* AllocateOrFail(size_t bytes);
  void* GrowOrFail(void* memory, size_t old_bytes, size_t new_bytes);
  void* AllocateNodeMemory(size_t bytes);
  void Push(Node node);
  Node Pop() { return stack_[--stack_size_]; }
  Node MakeStruct(NodeKind kind, uint32_t line, size_t count);
  Node MakeInline(NodeKind kind, uint32_t line, const char* bytes,
                  size_t length);
  void EnterNesting();
  void LeaveNesting() { --nesting_; }
  // Called where the parser recurses; fails as kTooDeep near the limit.
  void CheckStack();
  // Scratch text, used as a stack: nested literals append after their
  // enclosing one's text and give it back.
  void AppendText(const char* bytes, size_t length);

  // The current token comes from the lexer, or from a line buffered to decide
  // what a soft keyword starts (see IsMatchStatement).
  const lexer::Token& token() const { return current_; }
  lexer::TokenKind kind() const { return current_.kind; }
  uint32_t line() const { return current_.line; }
  bool IsName(const char* text) const;
  void Advance();
  [[noreturn]] void FailLexerError();
  bool Accept(lexer::TokenKind kind);
  void Expect(lexer::TokenKind kind);
  Node ExpectName();
  bool IsMatchStatement();
  void BufferToken(const lexer::Token& token);

  // Statements (parser.cc): each pushes what it parses and returns how many
  // nodes it pushed, or returns its node.
  size_t ParseStatement();
  size_t ParseSimpleStatements();
  Node ParseSmallStatement();
  Node ParseExpressionStatement();
  Node ParseAssignedValue();
  Node ParseBlock();
  Node ParseIf();
  Node ParseWhile();
  Node ParseFor(bool is_async, uint32_t line);
  Node ParseTry();
  Node ParseWith(bool is_async, uint32_t line);
  Node ParseWithTarget();
  Node ParseFunctionDef(bool is_async, uint32_t line);
  Node ParseClassDef();
  Node ParseDecorated();
  Node ParseAsync();
  Node ParseImport();
  Node ParseImportFrom();
  Node ParseDottedName();
  Node ParseParameters(lexer::TokenKind end, bool allow_annotations);
  Node ParseNameList(NodeKind kind);

  // Expressions (parser_expressions.cc).
  Node ParseTest();
  Node ParseNamedExpressionTest();
  Node ParseLambda();
  // Binary and unary operators above min_precedence. `first`, when not 0, is
  // an atom already parsed, which the expression starts with.
  Node ParseBinary(int min_precedence, Node first = 0);
  CompareOp ParseCompareOperator();
  Node ParseAtomExpression(Node atom = 0);
  Node ParseAtom();
  Node ParseNumber(bool is_float);
  Node ParseStrings();
  size_t ParseFormattedValue();
  Node ParseFormatSpec();
  size_t FlushText(size_t base, uint32_t line);
  Node ParseParenthesized();
  Node ParseListDisplay();
  Node ParseBraceDisplay();
  size_t ParseComprehensionClauses();
  Node ParseYield();
  Node ParseTestOrStar();
  Node ParseTestList(bool allow_star);
  Node ParseTargetList();
  size_t ParseArguments();
  Node ParseSubscripts();
  Node ParseSubscript();

  // match statements and patterns (parser_patterns.cc).
  Node ParseMatch();
  Node ParseMatchCase();
  Node ParsePatterns();
  Node ParsePattern(Node first = 0);
  Node ParseClosedPattern();
  Node ParsePatternAfterName(Node name, uint32_t line);
  Node ParseStarPattern();
  Node ParseLiteralExpression();
  Node ParseSequencePattern(lexer::TokenKind close, uint32_t line);
  Node ParseMappingPattern();
  Node ParseClassPattern(Node class_name, uint32_t line);
  Node ParseValuePattern();

  lexer::Lexer lexer_;
  lexer::Allocator& allocator_;
  NameTable& names_;
  jmp_buf error_jump_;
  ParseResult result_{};
  lexer::Token current_{};

  // Scratch: children wait here until their parent is built.
  Node* stack_ = nullptr;
  size_t stack_size_ = 0;
  size_t stack_capacity_ = 0;
  char* text_ = nullptr;
  size_t text_length_ = 0;
  size_t text_capacity_ = 0;
  // A buffered line of tokens being replayed; their texts are in replay_text_.
  lexer::Token* replay_ = nullptr;
  size_t replay_count_ = 0;
  size_t replay_next_ = 0;
  size_t replay_capacity_ = 0;
  char* replay_text_ = nullptr;
  size_t replay_text_length_ = 0;
  size_t replay_text_capacity_ = 0;
  Chunk* chunks_ = nullptr;
  size_t tree_bytes_ = 0;
  uint32_t nesting_ = 0;
  uint32_t max_nesting_ = 200;
  uintptr_t stack_limit_ = 0;
};

}  // namespace mp::parser

#endif  // MP_PARSER_PARSER_H_
