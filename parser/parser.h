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

enum class ErrorKind : uint8_t { kNone, kSyntax, kIndentation, kOutOfMemory };

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

  // Deeper nesting of brackets and blocks is a SyntaxError, which bounds the C
  // stack the parser uses; a board sets it from its stack size.
  void set_max_nesting(uint32_t max_nesting) { max_nesting_ = max_nesting; }
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
  void* AllocateNodeMemory(size_t bytes);
  void Push(Node node);
  Node Pop() { return stack_[--stack_size_]; }
  Node MakeStruct(NodeKind kind, uint32_t line, size_t count);
  Node MakeInline(NodeKind kind, uint32_t line, const char* bytes,
                  size_t length);
  void EnterNesting();
  void LeaveNesting() { --nesting_; }

  lexer::TokenKind kind() const { return lexer_.token().kind; }
  uint32_t line() const { return lexer_.token().line; }
  void Advance();
  bool Accept(lexer::TokenKind kind);
  void Expect(lexer::TokenKind kind);
  Node ExpectName();

  // Statements: each pushes what it parses and returns how many nodes it
  // pushed.
  size_t ParseStatement();
  size_t ParseSimpleStatements();
  Node ParseSmallStatement();
  Node ParseExpressionStatement();
  Node ParseBlock();
  Node ParseIf();
  Node ParseWhile();
  Node ParseFor();
  Node ParseTry();
  Node ParseFunctionDef();
  Node ParseParameters(lexer::TokenKind end, bool allow_annotations);
  Node ParseNameList(NodeKind kind);

  // Expressions.
  Node ParseTest();
  Node ParseNamedExpressionTest();
  Node ParseLambda();
  Node ParseBinary(int min_precedence);
  CompareOp ParseCompareOperator();
  Node ParseAtomExpression();
  Node ParseAtom();
  Node ParseNumber(bool is_float);
  Node ParseStrings();
  Node ParseParenthesized();
  Node ParseListDisplay();
  Node ParseBraceDisplay();
  Node ParseTestOrStar();
  Node ParseTestList(bool allow_star);
  Node ParseTargetList();
  size_t ParseArguments();
  Node ParseSubscripts();
  Node ParseSubscript();

  lexer::Lexer lexer_;
  lexer::Allocator& allocator_;
  NameTable& names_;
  jmp_buf error_jump_;
  ParseResult result_{};

  Node* stack_ =
      nullptr;  // scratch: children wait here until their parent is built
  size_t stack_size_ = 0;
  size_t stack_capacity_ = 0;
  char* text_ = nullptr;  // scratch: adjacent string literals are joined here
  size_t text_capacity_ = 0;
  Chunk* chunks_ = nullptr;
  size_t tree_bytes_ = 0;
  uint32_t nesting_ = 0;
  uint32_t max_nesting_ = 200;
};

}  // namespace mp::parser

#endif  // MP_PARSER_PARSER_H_
