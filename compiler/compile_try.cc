// try/except/else/finally.
#include "compiler/compiler_internal.h"
#include "objects/exception.h"

namespace mp::compiler {

// The try body under a handler at `handler`; on leaving it normally, jumps
// to `orelse`.
void Compiler::CompileTryBody(const StructNode* node, Label handler,
                              Label orelse) {
  emitter_->EmitJump(Opcode::kSetupExcept, handler);
  PushBlock(Block{Block::kTry, 0, 0, 0});
  CompileBlock(node->children[0]);
  PopBlock();
  emitter_->Emit(Opcode::kPopBlock);
  emitter_->EmitJump(Opcode::kJump, orelse);
}

// Pushes whether the top of the stack is None, keeping it.
void Compiler::EmitIsNone() {
  emitter_->Emit(Opcode::kDupTop);
  emitter_->Emit(Opcode::kLoadNone);
  emitter_->Emit(Opcode::kBinaryOp, static_cast<uint32_t>(BinaryOp::kIs));
}

// try: body / except ...: / else: (children: body, else, finally,
// handlers...).
void Compiler::CompileTryExcept(const StructNode* node) {
  Label handler = emitter_->NewLabel();
  Label orelse = emitter_->NewLabel();
  Label end = emitter_->NewLabel();
  CompileTryBody(node, handler, orelse);
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
  if (node->node_kind() == NodeKind::kTryStar) {
    CompileTryStar(node);
  } else if (node->count > 3) {
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
// try: body / except* T as e: ... The handler takes the exception apart: for
// each clause, ExceptStarMatch splits off the part that matches T and the
// clause runs with it; what the clauses raise is collected, and on leaving,
// ExceptStarReraise gives what is left to raise (the unmatched part and the
// raised ones), or None.
void Compiler::CompileTryStar(const StructNode* node) {
  Label handler = emitter_->NewLabel();
  Label orelse = emitter_->NewLabel();
  Label done = emitter_->NewLabel();
  Label end = emitter_->NewLabel();
  CompileTryBody(node, handler, orelse);
  emitter_->Place(handler);
  emitter_->Emit(Opcode::kPrepareExceptStar);
  for (size_t i = 3; i < node->count; ++i) {
    const StructNode* clause = AsStruct(node->children[i]);
    SetLine(clause->line);
    Label no_match = emitter_->NewLabel();
    Label next = emitter_->NewLabel();
    Label raised = emitter_->NewLabel();
    CompileExpression(clause->children[0]);
    emitter_->Emit(Opcode::kExceptStarMatch);
    EmitIsNone();
    emitter_->EmitJump(Opcode::kPopJumpIfTrue, no_match);
    Node name = clause->children[1];
    if (name != 0) {
      CompileName(LeafArgument(name), NameOp::kStore);
    } else {
      emitter_->Emit(Opcode::kPopTop);
    }
    emitter_->EmitJump(Opcode::kSetupExcept, raised);
    PushBlock(Block{Block::kExceptStar, 0, 0, 0});
    CompileBlock(clause->children[2]);
    PopBlock();
    emitter_->Emit(Opcode::kPopBlock);
    emitter_->EmitJump(Opcode::kJump, next);
    emitter_->Place(raised);
    emitter_->Emit(Opcode::kExceptStarCollect);
    emitter_->EmitJump(Opcode::kJump, next);
    emitter_->Place(no_match);
    emitter_->Emit(Opcode::kPopTop);
    emitter_->Place(next);
    if (name != 0) {
      // As after an except clause, the name is unbound (it may be already).
      emitter_->Emit(Opcode::kLoadNone);
      CompileName(LeafArgument(name), NameOp::kStore);
      CompileName(LeafArgument(name), NameOp::kDelete);
    }
  }
  emitter_->Emit(Opcode::kExceptStarReraise);
  EmitIsNone();
  emitter_->EmitJump(Opcode::kPopJumpIfTrue, done);
  emitter_->Emit(Opcode::kReraise);
  emitter_->Place(done);
  emitter_->Emit(Opcode::kPopExcept);
  emitter_->EmitJump(Opcode::kJump, end);
  emitter_->Place(orelse);
  if (node->children[1] != 0) CompileBlock(node->children[1]);
  emitter_->Place(end);
}

// with a as x, b: body is with a as x: (with b: body). For each item:
//   context; BeforeWith -> exit function, self, __enter__()'s result
//   SetupExcept handler; store; body; PopBlock; exit(None, None, None); Jump
//   end handler: drop the result's slot; WithExceptStart; PopJumpIfTrue
//   suppress; Reraise suppress: PopExcept; drop the exit function and self
// async with awaits __aenter__() and __aexit__() where with calls them.
void Compiler::CompileWith(const StructNode* node, size_t item, bool is_async) {
  objects::CheckStack();
  const StructNode* with_item = AsStruct(node->children[item]);
  Label handler = emitter_->NewLabel();
  Label suppress = emitter_->NewLabel();
  Label end = emitter_->NewLabel();
  CompileExpression(with_item->children[0]);
  emitter_->Emit(is_async ? Opcode::kBeforeAsyncWith : Opcode::kBeforeWith);
  if (is_async) EmitAwait();
  // The handler covers the store too (a failing unpacking calls __exit__);
  // its depth counts __enter__()'s result, which the handler drops.
  emitter_->EmitJump(Opcode::kSetupExcept, handler);
  if (with_item->children[1] != 0) {
    CompileStore(with_item->children[1]);
  } else {
    emitter_->Emit(Opcode::kPopTop);
  }
  PushBlock(Block{is_async ? Block::kAsyncWith : Block::kWith, 0, 0, 0});
  if (item + 1 < node->count) {
    CompileWith(node, item + 1, is_async);
  } else {
    CompileBlock(node->children[0]);
  }
  PopBlock();
  emitter_->Emit(Opcode::kPopBlock);
  EmitWithExit(is_async);
  emitter_->EmitJump(Opcode::kJump, end);
  emitter_->Place(handler);
  emitter_->Emit(Opcode::kRotThree);
  emitter_->Emit(Opcode::kRotThree);
  emitter_->Emit(Opcode::kPopTop);
  emitter_->Emit(Opcode::kWithExceptStart);
  if (is_async) EmitAwait();
  emitter_->EmitJump(Opcode::kPopJumpIfTrue, suppress);
  emitter_->Emit(Opcode::kReraise);
  emitter_->Place(suppress);
  emitter_->Emit(Opcode::kPopExcept);
  emitter_->Emit(Opcode::kPopTop);
  emitter_->Emit(Opcode::kPopTop);
  emitter_->Place(end);
}

// Calls the __exit__ (function, self) on top with (None, None, None) and
// drops what it returns.
void Compiler::EmitWithExit(bool is_async) {
  emitter_->Emit(Opcode::kLoadNone);
  emitter_->Emit(Opcode::kLoadNone);
  emitter_->Emit(Opcode::kLoadNone);
  emitter_->Emit(Opcode::kCallMethod, 3);
  if (is_async) EmitAwait();
  emitter_->Emit(Opcode::kPopTop);
}

// async for target in iterable: body / else:
//   iterable; GetAIter
//   top: SetupExcept done; GetANext; await; PopBlock; store; body; Jump top
//   done: (StopAsyncIteration ends the loop; anything else propagates)
void Compiler::CompileAsyncFor(const StructNode* node) {
  Label top = emitter_->NewLabel();
  Label done = emitter_->NewLabel();
  Label reraise = emitter_->NewLabel();
  Label end = emitter_->NewLabel();
  CompileExpression(node->children[1]);
  emitter_->Emit(Opcode::kGetAIter);
  emitter_->Place(top);
  emitter_->EmitJump(Opcode::kSetupExcept, done);
  emitter_->Emit(Opcode::kGetANext);
  EmitAwait();
  emitter_->Emit(Opcode::kPopBlock);
  CompileStore(node->children[0]);
  PushBlock(Block{Block::kForLoop, top, end, 0});
  CompileBlock(node->children[2]);
  PopBlock();
  SetLine(node->line);
  emitter_->EmitJump(Opcode::kJump, top);
  emitter_->Place(done);
  emitter_->Emit(Opcode::kDupTop);
  emitter_->EmitConstant(
      objects::Value(&objects::kStopAsyncIterationType.base));
  emitter_->Emit(Opcode::kBinaryOp,
                 static_cast<uint32_t>(BinaryOp::kExceptionMatch));
  emitter_->EmitJump(Opcode::kPopJumpIfFalse, reraise);
  emitter_->Emit(Opcode::kPopExcept);
  emitter_->Emit(Opcode::kPopTop);
  if (node->children[3] != 0) CompileBlock(node->children[3]);
  emitter_->EmitJump(Opcode::kJump, end);
  emitter_->Place(reraise);
  emitter_->Emit(Opcode::kReraise);
  emitter_->Place(end);
}

}  // namespace mp::compiler
