// try/except/else/finally.
#include "compiler/compiler_internal.h"
#include "objects/exception.h"

namespace mp::compiler {

// try: body / except ...: / else: (children: body, else, finally,
// handlers...).
void Compiler::CompileTryExcept(const StructNode* node) {
  Label handler = emitter_->NewLabel();
  Label orelse = emitter_->NewLabel();
  Label end = emitter_->NewLabel();
  emitter_->EmitJump(Opcode::kSetupExcept, handler);
  PushBlock(Block{Block::kTry, 0, 0, 0});
  CompileBlock(node->children[0]);
  PopBlock();
  emitter_->Emit(Opcode::kPopBlock);
  emitter_->EmitJump(Opcode::kJump, orelse);
  // Here the stack has the previously handled exception and the exception.
  emitter_->Place(handler);
  bool last_was_bare = false;
  for (size_t i = 3; i < node->count; ++i) {
    const StructNode* clause = AsStruct(node->children[i]);
    SetLine(clause->line);
    Label next = emitter_->NewLabel();
    last_was_bare = clause->children[0] == 0;
    if (!last_was_bare) {
      emitter_->Emit(Opcode::kDupTop);
      CompileExpression(clause->children[0]);
      emitter_->Emit(Opcode::kBinaryOp,
                     static_cast<uint32_t>(BinaryOp::kExceptionMatch));
      emitter_->EmitJump(Opcode::kPopJumpIfFalse, next);
    }
    Node name = clause->children[1];
    if (name != 0) {
      emitter_->Emit(Opcode::kDupTop);
      CompileName(LeafArgument(name), NameOp::kStore);
    }
    PushBlock(Block{Block::kExceptClause, 0, 0, 0});
    CompileBlock(clause->children[2]);
    PopBlock();
    emitter_->Emit(Opcode::kPopExcept);
    // As in Python, the name is unbound after the clause.
    if (name != 0) CompileName(LeafArgument(name), NameOp::kDelete);
    emitter_->EmitJump(Opcode::kJump, end);
    emitter_->Place(next);
  }
  if (!last_was_bare) emitter_->Emit(Opcode::kReraise);
  emitter_->Place(orelse);
  if (node->children[1] != 0) CompileBlock(node->children[1]);
  emitter_->Place(end);
}

// The finally body is compiled twice: once for leaving normally, once for an
// exception (which it re-raises); break, continue and return inline it a
// third way (UnwindBlocks).
void Compiler::CompileTryFinally(const StructNode* node) {
  Node finally_body = node->children[2];
  Label handler = emitter_->NewLabel();
  Label end = emitter_->NewLabel();
  emitter_->EmitJump(Opcode::kSetupExcept, handler);
  PushBlock(Block{Block::kFinally, 0, 0, finally_body});
  if (node->count > 3) {
    CompileTryExcept(node);
  } else {
    CompileBlock(node->children[0]);
  }
  PopBlock();
  emitter_->Emit(Opcode::kPopBlock);
  CompileBlock(finally_body);
  emitter_->EmitJump(Opcode::kJump, end);
  emitter_->Place(handler);
  PushBlock(Block{Block::kExceptClause, 0, 0, 0});
  CompileBlock(finally_body);
  PopBlock();
  emitter_->Emit(Opcode::kReraise);
  emitter_->Place(end);
}
}  // namespace mp::compiler
