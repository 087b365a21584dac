// The compiler's entry point and the statements that need no construct of
// their own: assignment, del, assert, if, while, for, break and continue.
#include "compiler/compiler.h"

#include "compiler/compiler_internal.h"
#include "compiler/syntax_error.h"
#include "objects/exception.h"

namespace mp::compiler {

RawCode* Compiler::CompileModule(Node module) {
  Scope* scope = AnalyzeScopes(module, options_.source_file);
  BytecodeEmitter emitter;
  scope_ = scope;
  emitter_ = &emitter;
  if (options_.input == parser::InputKind::kEval) {
    // The tree is one expression; the code returns its value.
    SetLine(1);
    CompileExpression(module);
    emitter.Emit(Opcode::kReturnValue);
    return EndCode(emitter, *scope);
  }
  const StructNode* statements = AsStruct(module);
  for (size_t i = 0; i < statements->count; ++i) {
    CompileStatement(statements->children[i]);
  }
  emitter.Emit(Opcode::kLoadNone);
  emitter.Emit(Opcode::kReturnValue);
  return EndCode(emitter, *scope);
}

[[noreturn]] void Compiler::Error(const char* message) {
  RaiseSyntaxError(options_.source_file, line_, message);
}

// What the parser accepts but this compiler does not compile yet, named as
// the user wrote it; anything else is a construct out of place.
[[noreturn]] void Compiler::ErrorUnsupported(NodeKind kind) {
  switch (kind) {
    default:
      Error("invalid syntax");
  }
}

void Compiler::SetLine(uint32_t line) {
  line_ = line;
  emitter_->SetLine(line);
}

RawCode* Compiler::EndCode(BytecodeEmitter& emitter, Scope& scope) {
  CodeInfo info{};
  info.name = scope.name;
  info.source_file = options_.source_file;
  info.first_line = scope.line;
  info.n_positional = scope.n_positional;
  info.n_kwonly = scope.n_kwonly;
  info.n_slots = scope.n_slots;
  info.n_free = scope.n_free;
  info.flags = scope.flags;
  if (scope.n_slots > 0) {
    auto* names =
        static_cast<Qstr*>(objects::Allocate(scope.n_slots * sizeof(Qstr)));
    auto* cells = static_cast<uint16_t*>(
        objects::Allocate((scope.n_cells + 1) * sizeof(uint16_t)));
    uint16_t n_cells = 0;
    for (uint32_t i = 0; i < scope.name_count; ++i) {
      const NameInfo& name = scope.names[i];
      // A class body's own names live in its namespace, not in slots.
      bool has_slot =
          name.kind == NameKind::kCell || name.kind == NameKind::kFree ||
          name.passes_free ||
          (name.kind == NameKind::kLocal && scope.kind != ScopeKind::kClass);
      if (has_slot) {
        names[name.slot] = name.name;
      }
      if (name.kind == NameKind::kCell) cells[n_cells++] = name.slot;
    }
    info.slot_names = names;
    info.cell_slots = cells;
    info.n_cells = n_cells;
  }
  return emitter.End(info);
}

void Compiler::PushBlock(Block block) {
  if (block_count_ == block_capacity_) {
    size_t capacity = block_capacity_ == 0 ? 8 : block_capacity_ * 2;
    blocks_ = static_cast<Block*>(
        objects::Reallocate(blocks_, capacity * sizeof(Block)));
    block_capacity_ = capacity;
  }
  blocks_[block_count_++] = block;
}

// Undoes the blocks from the innermost out to `stop` (exclusive), as leaving
// them requires. For return, the return value stays on top: what a block
// keeps on the stack is taken from under it.
void Compiler::UnwindBlocks(size_t stop, bool for_return) {
  for (size_t i = block_count_; i-- > stop;) {
    Block block = blocks_[i];
    switch (block.kind) {
      case Block::kTry:
      case Block::kExceptStar:
        emitter_->Emit(Opcode::kPopBlock);
        break;
      case Block::kForLoop:
        // break and continue deal with their own loop's iterator.
        if (for_return) {
          emitter_->Emit(Opcode::kRotTwo);
          emitter_->Emit(Opcode::kPopTop);
        }
        break;
      case Block::kExceptClause:
        if (for_return) emitter_->Emit(Opcode::kRotThree);
        emitter_->Emit(Opcode::kPopExcept);
        break;
      case Block::kWith:
      case Block::kAsyncWith:
        emitter_->Emit(Opcode::kPopBlock);
        if (for_return) emitter_->Emit(Opcode::kRotThree);
        EmitWithExit(block.kind == Block::kAsyncWith);
        break;
      case Block::kFinally: {
        emitter_->Emit(Opcode::kPopBlock);
        // The finally body runs here, inside the blocks around its try only.
        size_t saved_count = block_count_;
        block_count_ = i;
        uint32_t saved_line = line_;
        // On the way out of a return, the value waits on the stack: a break
        // or continue in the finally body cancels the return and drops it.
        if (for_return) PushBlock(Block{Block::kPendingReturn, 0, 0, 0});
        CompileBlock(block.finally_body);
        SetLine(saved_line);
        blocks_[i] = block;  // the marker took its place
        block_count_ = saved_count;
        break;
      }
      case Block::kPendingReturn:
        if (for_return) {
          // A return in the finally body replaces the pending value.
          emitter_->Emit(Opcode::kRotTwo);
        }
        emitter_->Emit(Opcode::kPopTop);
        break;
      default:
        break;
    }
  }
}

void Compiler::CheckNotInExceptStar(size_t stop) {
  for (size_t i = stop; i < block_count_; ++i) {
    if (blocks_[i].kind == Block::kExceptStar) {
      Error(
          "'break', 'continue' and 'return' cannot appear in an except* "
          "block");
    }
  }
}

void Compiler::CompileBreakOrContinue(bool is_break) {
  size_t loop = block_count_;
  while (loop > 0 && blocks_[loop - 1].kind != Block::kLoop &&
         blocks_[loop - 1].kind != Block::kForLoop) {
    --loop;
  }
  if (loop == 0)
    Error(is_break ? "'break' outside loop" : "'continue' outside loop");
  Block target = blocks_[loop - 1];
  CheckNotInExceptStar(loop);
  UnwindBlocks(loop, false);
  if (is_break) {
    if (target.kind == Block::kForLoop) emitter_->Emit(Opcode::kPopTop);
    emitter_->EmitJump(Opcode::kJump, target.break_label);
  } else {
    emitter_->EmitJump(Opcode::kJump, target.continue_label);
  }
}

void Compiler::CompileName(Qstr name, NameOp op) {
  NameInfo* info = scope_->Find(name);
  NameKind kind = info != nullptr ? info->kind : NameKind::kGlobalImplicit;
  bool in_class = scope_->kind == ScopeKind::kClass;
  bool by_name = scope_->kind == ScopeKind::kModule ||
                 (in_class && kind != NameKind::kGlobalExplicit &&
                  kind != NameKind::kFree && kind != NameKind::kCell);
  if (by_name) {
    emitter_->Emit(op == NameOp::kLoad    ? Opcode::kLoadName
                   : op == NameOp::kStore ? Opcode::kStoreName
                                          : Opcode::kDeleteName,
                   name);
    return;
  }
  if (in_class && op == NameOp::kLoad &&
      (kind == NameKind::kFree || kind == NameKind::kCell)) {
    emitter_->Emit(Opcode::kLoadClassDeref, info->slot);
    return;
  }
  switch (kind) {
    case NameKind::kLocal:
      emitter_->Emit(op == NameOp::kLoad    ? Opcode::kLoadFast
                     : op == NameOp::kStore ? Opcode::kStoreFast
                                            : Opcode::kDeleteFast,
                     info->slot);
      return;
    case NameKind::kCell:
    case NameKind::kFree:
      emitter_->Emit(op == NameOp::kLoad    ? Opcode::kLoadDeref
                     : op == NameOp::kStore ? Opcode::kStoreDeref
                                            : Opcode::kDeleteDeref,
                     info->slot);
      return;
    default:
      emitter_->Emit(op == NameOp::kLoad    ? Opcode::kLoadGlobal
                     : op == NameOp::kStore ? Opcode::kStoreGlobal
                                            : Opcode::kDeleteGlobal,
                     name);
  }
}

void Compiler::CompileBlock(Node block) {
  const StructNode* statements = AsStruct(block);
  for (size_t i = 0; i < statements->count; ++i) {
    CompileStatement(statements->children[i]);
  }
}

void Compiler::CompileStatement(Node statement) {
  objects::CheckStack();
  const StructNode* node = AsStruct(statement);
  SetLine(node->line);
  switch (node->node_kind()) {
    case NodeKind::kExpressionStatement:
      CompileExpression(node->children[0]);
      // As at CPython's and MicroPython's prompts, expression statements
      // anywhere in the module's code (in a loop too) print their value.
      if (options_.input == parser::InputKind::kSingle &&
          scope_->kind == ScopeKind::kModule) {
        emitter_->Emit(Opcode::kPrintExpression);
      } else {
        emitter_->Emit(Opcode::kPopTop);
      }
      return;
    case NodeKind::kAssign:
      if (CompileConstAssignment(node)) return;
      CompileExpression(node->children[node->count - 1]);
      for (size_t i = 0; i + 1 < node->count; ++i) {
        if (i + 2 < node->count) emitter_->Emit(Opcode::kDupTop);
        CompileStore(node->children[i]);
      }
      return;
    case NodeKind::kAugmentedAssign:
      CompileAugmentedAssign(node);
      return;
    case NodeKind::kAnnotatedAssign:
      // Annotations are not evaluated (as in MicroPython).
      if (node->children[2] != 0) {
        CompileExpression(node->children[2]);
        CompileStore(node->children[0]);
      }
      return;
    case NodeKind::kDelete:
      for (size_t i = 0; i < node->count; ++i) CompileDelete(node->children[i]);
      return;
    case NodeKind::kPass:
    case NodeKind::kGlobal:
    case NodeKind::kNonlocal:
      return;
    case NodeKind::kBreak:
      CompileBreakOrContinue(true);
      return;
    case NodeKind::kContinue:
      CompileBreakOrContinue(false);
      return;
    case NodeKind::kReturn:
      if (scope_->kind == ScopeKind::kModule)
        Error("'return' outside function");
      if (node->children[0] != 0) {
        if ((scope_->flags & (kGenerator | kCoroutine)) ==
            (kGenerator | kCoroutine)) {
          Error("'return' with value in async generator");
        }
        CompileExpression(node->children[0]);
      } else {
        emitter_->Emit(Opcode::kLoadNone);
      }
      CheckNotInExceptStar(0);
      UnwindBlocks(0, true);
      emitter_->Emit(Opcode::kReturnValue);
      return;
    case NodeKind::kRaise:
      if (node->children[0] == 0) {
        emitter_->Emit(Opcode::kRaiseVarargs, 0);
      } else {
        CompileExpression(node->children[0]);
        if (node->children[1] != 0) CompileExpression(node->children[1]);
        emitter_->Emit(Opcode::kRaiseVarargs, node->children[1] != 0 ? 2 : 1);
      }
      return;
    case NodeKind::kAssert:
      CompileAssert(node);
      return;
    case NodeKind::kIf:
      CompileIf(node);
      return;
    case NodeKind::kWhile:
      CompileWhile(node);
      return;
    case NodeKind::kFor:
      CompileFor(node);
      return;
    case NodeKind::kTryStar:
      if (node->children[2] != 0) {
        CompileTryFinally(node);
      } else {
        CompileTryStar(node);
      }
      return;
    case NodeKind::kTry:
      if (node->children[2] != 0) {
        CompileTryFinally(node);
      } else {
        CompileTryExcept(node);
      }
      return;
    case NodeKind::kFunctionDef:
    case NodeKind::kAsyncFunctionDef:
    case NodeKind::kClassDef:
      CompileDefinition(node);
      CompileName(LeafArgument(node->children[0]), NameOp::kStore);
      return;
    case NodeKind::kDecorated:
      CompileDecorated(node);
      return;
    case NodeKind::kWith:
    case NodeKind::kAsyncWith:
      CompileWith(node, 1, node->node_kind() == NodeKind::kAsyncWith);
      return;
    case NodeKind::kAsyncFor:
      CompileAsyncFor(node);
      return;
    case NodeKind::kMatch:
      CompileMatch(node);
      return;
    case NodeKind::kImport:
      CompileImport(node);
      return;
    case NodeKind::kImportFrom:
      CompileImportFrom(node);
      return;
    default:
      ErrorUnsupported(node->node_kind());
  }
}

void Compiler::CompileAugmentedAssign(const StructNode* node) {
  Node target = node->children[0];
  auto op = static_cast<TokenKind>(SmallIntValue(node->children[1]));
  Node value = node->children[2];
  BinaryOp binary = InplaceOpFor(op);
  if (IsName(target)) {
    CompileName(LeafArgument(target), NameOp::kLoad);
    CompileExpression(value);
    emitter_->Emit(Opcode::kBinaryOp, static_cast<uint32_t>(binary));
    CompileName(LeafArgument(target), NameOp::kStore);
  } else if (IsStructOf(target, NodeKind::kAttribute)) {
    const StructNode* attribute = AsStruct(target);
    Qstr name = LeafArgument(attribute->children[1]);
    CompileExpression(attribute->children[0]);
    emitter_->Emit(Opcode::kDupTop);
    emitter_->Emit(Opcode::kLoadAttr, name);
    CompileExpression(value);
    emitter_->Emit(Opcode::kBinaryOp, static_cast<uint32_t>(binary));
    emitter_->Emit(Opcode::kRotTwo);
    emitter_->Emit(Opcode::kStoreAttr, name);
  } else if (IsStructOf(target, NodeKind::kSubscript)) {
    const StructNode* subscript = AsStruct(target);
    CompileExpression(subscript->children[0]);
    CompileExpression(subscript->children[1]);
    emitter_->Emit(Opcode::kDupTopTwo);
    emitter_->Emit(Opcode::kLoadSubscript);
    CompileExpression(value);
    emitter_->Emit(Opcode::kBinaryOp, static_cast<uint32_t>(binary));
    emitter_->Emit(Opcode::kRotThree);
    emitter_->Emit(Opcode::kStoreSubscript);
  } else {
    Error("illegal expression for augmented assignment");
  }
}

void Compiler::CompileStore(Node target) {
  objects::CheckStack();
  if (IsName(target)) {
    CompileName(LeafArgument(target), NameOp::kStore);
    return;
  }
  if (!IsStruct(target)) Error("can't assign to literal");
  const StructNode* node = AsStruct(target);
  switch (node->node_kind()) {
    case NodeKind::kAttribute:
      CompileExpression(node->children[0]);
      emitter_->Emit(Opcode::kStoreAttr, LeafArgument(node->children[1]));
      return;
    case NodeKind::kSubscript:
      CompileExpression(node->children[0]);
      CompileExpression(node->children[1]);
      emitter_->Emit(Opcode::kStoreSubscript);
      return;
    case NodeKind::kTuple:
    case NodeKind::kList: {
      // a, *b, c = ...: the starred target takes a list of the middle items.
      size_t starred = node->count;
      for (size_t i = 0; i < node->count; ++i) {
        if (!IsStructOf(node->children[i], NodeKind::kStarred)) continue;
        if (starred != node->count) {
          Error("multiple starred expressions in assignment");
        }
        starred = i;
      }
      if (starred == node->count) {
        emitter_->Emit(Opcode::kUnpackSequence, node->count);
      } else {
        size_t after = node->count - starred - 1;
        if (starred > 0xff || after > 0xff)
          Error("too many expressions in star-unpacking assignment");
        emitter_->Emit(Opcode::kUnpackEx,
                       static_cast<uint32_t>(starred | (after << 8)));
      }
      for (size_t i = 0; i < node->count; ++i) {
        Node target = node->children[i];
        CompileStore(i == starred ? AsStruct(target)->children[0] : target);
      }
      return;
    }
    case NodeKind::kStarred:
      Error("starred assignment target must be in a list or tuple");
    case NodeKind::kString:
    case NodeKind::kBytes:
    case NodeKind::kBigInteger:
    case NodeKind::kFloat:
      Error("can't assign to literal");
    default:
      Error("can't assign to expression");
  }
}

void Compiler::CompileDelete(Node target) {
  objects::CheckStack();
  if (IsName(target)) {
    CompileName(LeafArgument(target), NameOp::kDelete);
    return;
  }
  if (!IsStruct(target)) Error("can't delete expression");
  const StructNode* node = AsStruct(target);
  switch (node->node_kind()) {
    case NodeKind::kAttribute:
      CompileExpression(node->children[0]);
      emitter_->Emit(Opcode::kDeleteAttr, LeafArgument(node->children[1]));
      return;
    case NodeKind::kSubscript:
      CompileExpression(node->children[0]);
      CompileExpression(node->children[1]);
      emitter_->Emit(Opcode::kDeleteSubscript);
      return;
    case NodeKind::kTuple:
    case NodeKind::kList:
      for (size_t i = 0; i < node->count; ++i) CompileDelete(node->children[i]);
      return;
    default:
      Error("can't delete expression");
  }
}

void Compiler::CompileAssert(const StructNode* node) {
  if (options_.optimize > 0) return;
  Label ok = emitter_->NewLabel();
  CompileJumpIf(node->children[0], true, ok);
  emitter_->EmitConstant(objects::Value(&objects::kAssertionErrorType.base));
  if (node->children[1] != 0) {
    CompileExpression(node->children[1]);
    emitter_->Emit(Opcode::kCallFunction, 1);
  }
  emitter_->Emit(Opcode::kRaiseVarargs, 1);
  emitter_->Place(ok);
}

// An elif is an if nested in the else; the chain is compiled by a loop, all
// its branches jumping to one end, so a long chain costs no recursion.
void Compiler::CompileIf(const StructNode* node) {
  Label end = emitter_->NewLabel();
  for (;;) {
    Label orelse = emitter_->NewLabel();
    CompileJumpIf(node->children[0], false, orelse);
    CompileBlock(node->children[1]);
    Node orelse_node = node->children[2];
    if (orelse_node != 0) emitter_->EmitJump(Opcode::kJump, end);
    emitter_->Place(orelse);
    if (!IsStructOf(orelse_node, NodeKind::kIf)) {
      if (orelse_node != 0) CompileBlock(orelse_node);
      break;
    }
    node = AsStruct(orelse_node);
    SetLine(node->line);
  }
  emitter_->Place(end);
}

void Compiler::CompileWhile(const StructNode* node) {
  Label top = emitter_->NewLabel();
  Label orelse = emitter_->NewLabel();
  Label end = emitter_->NewLabel();
  emitter_->Place(top);
  CompileJumpIf(node->children[0], false, orelse);
  PushBlock(Block{Block::kLoop, top, end, 0});
  CompileBlock(node->children[1]);
  PopBlock();
  SetLine(node->line);
  emitter_->EmitJump(Opcode::kJump, top);
  emitter_->Place(orelse);
  if (node->children[2] != 0) CompileBlock(node->children[2]);
  emitter_->Place(end);
}

void Compiler::CompileFor(const StructNode* node) {
  Label top = emitter_->NewLabel();
  Label exhausted = emitter_->NewLabel();
  Label end = emitter_->NewLabel();
  CompileExpression(node->children[1]);
  emitter_->Emit(Opcode::kGetIter);
  emitter_->Place(top);
  emitter_->EmitJump(Opcode::kForIter, exhausted);
  CompileStore(node->children[0]);
  PushBlock(Block{Block::kForLoop, top, end, 0});
  CompileBlock(node->children[2]);
  PopBlock();
  SetLine(node->line);
  emitter_->EmitJump(Opcode::kJump, top);
  emitter_->Place(exhausted);
  if (node->children[3] != 0) CompileBlock(node->children[3]);
  emitter_->Place(end);
}

RawCode* CompileModule(parser::Node module, const CompileOptions& options) {
  Compiler compiler(options);
  return compiler.CompileModule(module);
}

}  // namespace mp::compiler
