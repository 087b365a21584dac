// The compiler's internal class, shared by the files that compile each kind
// of construct (compiler.cc, compile_*.cc). Not part of the package's API.
#ifndef MP_COMPILER_COMPILER_INTERNAL_H_
#define MP_COMPILER_COMPILER_INTERNAL_H_

#include <stddef.h>
#include <stdint.h>

#include "compiler/bytecode_emitter.h"
#include "compiler/compiler.h"
#include "compiler/scope.h"
#include "lexer/token.h"
#include "objects/object.h"
#include "objects/state.h"
#include "parser/node.h"

namespace mp::compiler {

using lexer::TokenKind;
using objects::BinaryOp;
using objects::UnaryOp;
using parser::AsStruct;
using parser::CompareOp;
using parser::IsLeaf;
using parser::IsName;
using parser::IsNone;
using parser::IsSmallInt;
using parser::IsStruct;
using parser::IsStructOf;
using parser::LeafArgument;
using parser::LeafKind;
using parser::LeafKindOf;
using parser::Node;
using parser::NodeKind;
using parser::SmallIntValue;
using parser::StructNode;

// Strings up to this long become qstrs; longer ones are str constants
// (MicroPython's choice).
constexpr size_t kInternStringMax = 10;
constexpr size_t kMaxCallArguments = 255;

BinaryOp BinaryOpFor(TokenKind token);
BinaryOp InplaceOpFor(TokenKind token);

// A loop, or a construct that leaving by break/continue/return must undo.
struct Block {
  enum Kind : uint8_t {
    kLoop,          // while: nothing of its own on the stack
    kForLoop,       // for: the iterator is on the stack
    kTry,           // a try body: a handler is pushed
    kExceptClause,  // an except clause (or a finally run for an exception): two
                    // values stacked
    kFinally,       // a try body whose finally must run on the way out
    kWith,          // a with body: __exit__ (function, self) under a handler
    kAsyncWith,     // the same for async with
    kExceptStar,    // an except* clause's body, under a handler
    kPendingReturn,  // a finally body run by return: the value is on the stack
  };
  Kind kind;
  Label continue_label;
  Label break_label;
  Node finally_body;
};

class Compiler {
 public:
  explicit Compiler(const CompileOptions& options) : options_(options) {}

  RawCode* CompileModule(Node module);

 private:
  enum class NameOp { kLoad, kStore, kDelete };

  void PopBlock() { --block_count_; }

  // Compiles the code of a scope nested in the current one (a function, lambda
  // or comprehension) with its own emitter and blocks; `body` emits its code.
  template <typename Body>
  RawCode* CompileNestedCode(Scope* scope, uint32_t line, Body body) {
    BytecodeEmitter emitter;
    Scope* outer_scope = scope_;
    Emitter* outer_emitter = emitter_;
    Block* outer_blocks = blocks_;
    size_t outer_block_count = block_count_;
    size_t outer_block_capacity = block_capacity_;
    uint32_t outer_line = line_;
    scope_ = scope;
    emitter_ = &emitter;
    blocks_ = nullptr;
    block_count_ = block_capacity_ = 0;
    SetLine(line);
    body();
    RawCode* code = EndCode(emitter, *scope);
    objects::Free(blocks_);
    scope_ = outer_scope;
    emitter_ = outer_emitter;
    blocks_ = outer_blocks;
    block_count_ = outer_block_count;
    block_capacity_ = outer_block_capacity;
    line_ = outer_line;
    return code;
  }

  // Module, errors, blocks, names and simple statements (compiler.cc).
  [[noreturn]] void Error(const char* message);
  [[noreturn]] void ErrorUnsupported(NodeKind kind);
  void SetLine(uint32_t line);
  RawCode* EndCode(BytecodeEmitter& emitter, Scope& scope);
  void PushBlock(Block block);
  void UnwindBlocks(size_t stop, bool for_return);
  void CompileBreakOrContinue(bool is_break);
  void CompileName(Qstr name, NameOp op);
  void CompileBlock(Node block);
  void CompileStatement(Node statement);
  void CompileAugmentedAssign(const StructNode* node);
  void CompileStore(Node target);
  void CompileDelete(Node target);
  void CompileAssert(const StructNode* node);
  void CompileIf(const StructNode* node);
  void CompileWhile(const StructNode* node);
  void CompileFor(const StructNode* node);

  // try, with and their kin (compile_try.cc).
  void CompileTryExcept(const StructNode* node);
  void CompileTryFinally(const StructNode* node);
  void CompileTryStar(const StructNode* node);
  void CompileTryBody(const StructNode* node, Label handler, Label orelse);
  void EmitIsNone();
  // break, continue and return may not leave an except* clause.
  void CheckNotInExceptStar(size_t stop);
  void CompileWith(const StructNode* node, size_t item, bool is_async);
  void EmitWithExit(bool is_async);
  void CompileAsyncFor(const StructNode* node);

  // Constant folding and micropython.const() (compile_constants.cc).
  bool FoldConstant(Node expression, intptr_t* out);
  bool FindConstant(Qstr name, intptr_t* out);
  bool CompileConstAssignment(const StructNode* node);

  // import (compile_imports.cc).
  void CompileImport(const StructNode* node);
  void CompileImportFrom(const StructNode* node);

  // match/case (compile_match.cc).
  void CompileMatch(const StructNode* node);
  void CompilePattern(Node pattern, Label fail);
  void CompileSubpatterns(const Node* patterns, size_t n, size_t below,
                          Label fail);
  void EmitFailUnlessTrue(Label fail);
  void EmitFailIfNone(Label fail);

  // Functions, classes and comprehensions (compile_functions.cc).
  void CompileFunction(const StructNode* node, bool is_lambda);
  uint32_t EmitClosure(Scope* scope);
  void CompileComprehension(const StructNode* node);
  void CompileClass(const StructNode* node);
  // Pushes the function or class that a def/class statement (possibly
  // decorated) makes, without storing it.
  void CompileDefinition(const StructNode* node);
  void CompileDecorated(const StructNode* node);
  Qstr QualifiedName(Scope* scope);
  void EmitAwait();
  void CompileComprehensionClause(const StructNode* node, size_t index,
                                  size_t first_clause);

  // Expressions (compile_expressions.cc).
  void CompileJumpIf(Node condition, bool jump_if, Label target);
  void CompileExpression(Node expression);
  objects::Value StringConstant(const StructNode* node);
  void CompileUnary(const StructNode* node);
  void CompileCompare(const StructNode* node);
  void CompileSequenceDisplay(const StructNode* node);
  void CompileDictDisplay(const StructNode* node);
  void EmitCallWithUnpacking(const StructNode* node, size_t first,
                             uint32_t n_pushed);
  bool HasUnpacking(const StructNode* node, size_t first);
  void EmitCall(const StructNode* node, size_t first, uint32_t n_pushed,
                bool is_method);
  void CompileCall(const StructNode* node);
  void CompileFString(const StructNode* node);
  bool CompileBareSuper();

  const CompileOptions& options_;
  Scope* scope_ = nullptr;
  Emitter* emitter_ = nullptr;
  Block* blocks_ = nullptr;
  size_t block_count_ = 0;
  size_t block_capacity_ = 0;
  uint32_t line_ = 1;
  // The module's const() names, in force for the code after them.
  struct Constant {
    Qstr name;
    intptr_t value;
  };
  Constant* constants_ = nullptr;
  size_t constant_count_ = 0;
  size_t constant_capacity_ = 0;
};

}  // namespace mp::compiler

#endif  // MP_COMPILER_COMPILER_INTERNAL_H_
