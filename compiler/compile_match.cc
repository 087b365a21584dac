// match/case. The subject stays on the stack while the cases are tried; each
// case matches a copy. A pattern's code takes the value to match from the top
// of the stack and either falls through (the value consumed, captures stored)
// or jumps to its fail label with the value consumed as well.
#include "compiler/compiler_internal.h"
#include "objects/exception.h"

namespace mp::compiler {

void Compiler::CompileMatch(const StructNode* node) {
  Label end = emitter_->NewLabel();
  CompileExpression(node->children[0]);
  for (size_t i = 1; i < node->count; ++i) {
    const StructNode* match_case = AsStruct(node->children[i]);
    SetLine(match_case->line);
    Label next = emitter_->NewLabel();
    emitter_->Emit(Opcode::kDupTop);
    CompilePattern(match_case->children[0], next);
    if (match_case->children[1] != 0) {
      CompileJumpIf(match_case->children[1], false, next);
    }
    emitter_->Emit(Opcode::kPopTop);
    CompileBlock(match_case->children[2]);
    emitter_->EmitJump(Opcode::kJump, end);
    emitter_->Place(next);
  }
  emitter_->Emit(Opcode::kPopTop);
  emitter_->Place(end);
}

// Sub-patterns of a sequence, class or mapping pattern: the values are on the
// stack (the first on top) above `below` values that failure must also drop.
void Compiler::CompileSubpatterns(const Node* patterns, size_t n, size_t below,
                                  Label fail) {
  size_t total = n + below;
  // cleanup[k] pops k values then jumps to fail.
  auto* cleanup =
      static_cast<Label*>(objects::Allocate((total + 1) * sizeof(Label)));
  for (size_t k = 0; k <= total; ++k) cleanup[k] = emitter_->NewLabel();
  for (size_t i = 0; i < n; ++i) {
    // After pattern i fails, n - i - 1 items and `below` values remain.
    CompilePattern(patterns[i], cleanup[total - i - 1]);
  }
  Label done = emitter_->NewLabel();
  emitter_->EmitJump(Opcode::kJump, done);
  for (size_t k = total; k > 0; --k) {
    emitter_->Place(cleanup[k]);
    emitter_->Emit(Opcode::kPopTop);
  }
  emitter_->Place(cleanup[0]);
  emitter_->EmitJump(Opcode::kJump, fail);
  emitter_->Place(done);
  objects::Free(cleanup);
}

// value -> (nothing); jumps to fail (value dropped) when a test on the
// result on top fails: `test` leaves the value under a bool.
void Compiler::EmitFailUnlessTrue(Label fail) {
  Label ok = emitter_->NewLabel();
  emitter_->EmitJump(Opcode::kPopJumpIfTrue, ok);
  emitter_->Emit(Opcode::kPopTop);
  emitter_->EmitJump(Opcode::kJump, fail);
  emitter_->Place(ok);
}

// An attrs/items tuple or None on top: fail (dropping it) when None.
void Compiler::EmitFailIfNone(Label fail) {
  EmitIsNone();
  emitter_->Emit(Opcode::kUnaryOp, static_cast<uint32_t>(UnaryOp::kNot));
  EmitFailUnlessTrue(fail);
}

void Compiler::CompilePattern(Node pattern, Label fail) {
  objects::CheckStack();
  const StructNode* node = AsStruct(pattern);
  switch (node->node_kind()) {
    case NodeKind::kMatchValue:
      CompileExpression(node->children[0]);
      emitter_->Emit(Opcode::kBinaryOp,
                     static_cast<uint32_t>(BinaryOp::kEqual));
      emitter_->EmitJump(Opcode::kPopJumpIfFalse, fail);
      return;
    case NodeKind::kMatchSingleton:
      CompileExpression(node->children[0]);
      emitter_->Emit(Opcode::kBinaryOp, static_cast<uint32_t>(BinaryOp::kIs));
      emitter_->EmitJump(Opcode::kPopJumpIfFalse, fail);
      return;
    case NodeKind::kMatchCapture:
      CompileName(LeafArgument(node->children[0]), NameOp::kStore);
      return;
    case NodeKind::kMatchWildcard:
      emitter_->Emit(Opcode::kPopTop);
      return;
    case NodeKind::kMatchStar:
      // Only inside a sequence: the list of the middle items.
      if (node->children[0] != 0) {
        CompileName(LeafArgument(node->children[0]), NameOp::kStore);
      } else {
        emitter_->Emit(Opcode::kPopTop);
      }
      return;
    case NodeKind::kMatchAs: {
      emitter_->Emit(Opcode::kDupTop);
      Label inner_fail = emitter_->NewLabel();
      Label ok = emitter_->NewLabel();
      CompilePattern(node->children[0], inner_fail);
      emitter_->EmitJump(Opcode::kJump, ok);
      emitter_->Place(inner_fail);
      emitter_->Emit(Opcode::kPopTop);
      emitter_->EmitJump(Opcode::kJump, fail);
      emitter_->Place(ok);
      CompileName(LeafArgument(node->children[1]), NameOp::kStore);
      return;
    }
    case NodeKind::kMatchOr: {
      Label matched = emitter_->NewLabel();
      for (size_t i = 0; i + 1 < node->count; ++i) {
        Label next = emitter_->NewLabel();
        emitter_->Emit(Opcode::kDupTop);
        CompilePattern(node->children[i], next);
        emitter_->Emit(Opcode::kPopTop);
        emitter_->EmitJump(Opcode::kJump, matched);
        emitter_->Place(next);
      }
      CompilePattern(node->children[node->count - 1], fail);
      emitter_->Place(matched);
      return;
    }
    case NodeKind::kMatchSequence: {
      size_t star = node->count;
      for (size_t i = 0; i < node->count; ++i) {
        if (IsStructOf(node->children[i], NodeKind::kMatchStar)) star = i;
      }
      bool has_star = star != node->count;
      size_t fixed = node->count - (has_star ? 1 : 0);
      emitter_->Emit(Opcode::kMatchSequence,
                     static_cast<uint32_t>(fixed << 1 | (has_star ? 1 : 0)));
      EmitFailIfNone(fail);
      if (has_star) {
        size_t after = node->count - star - 1;
        emitter_->Emit(Opcode::kUnpackEx,
                       static_cast<uint32_t>(star | (after << 8)));
      } else {
        emitter_->Emit(Opcode::kUnpackSequence, node->count);
      }
      CompileSubpatterns(node->children, node->count, 0, fail);
      return;
    }
    case NodeKind::kMatchMapping: {
      bool has_rest = node->count % 2 == 1;
      size_t pairs = node->count / 2;
      for (size_t i = 0; i < pairs; ++i)
        CompileExpression(node->children[2 * i]);
      emitter_->Emit(Opcode::kBuildTuple, static_cast<uint32_t>(pairs));
      emitter_->Emit(Opcode::kMatchMapping);
      // subject, values or None
      Label values_fail = emitter_->NewLabel();
      Label values_ok = emitter_->NewLabel();
      EmitFailIfNone(values_fail);
      emitter_->Emit(Opcode::kUnpackSequence, static_cast<uint32_t>(pairs));
      auto* patterns =
          static_cast<Node*>(objects::Allocate((pairs + 1) * sizeof(Node)));
      for (size_t i = 0; i < pairs; ++i)
        patterns[i] = node->children[2 * i + 1];
      CompileSubpatterns(patterns, pairs, 1, fail);
      objects::Free(patterns);
      if (has_rest) {
        for (size_t i = 0; i < pairs; ++i)
          CompileExpression(node->children[2 * i]);
        emitter_->Emit(Opcode::kBuildTuple, static_cast<uint32_t>(pairs));
        emitter_->Emit(Opcode::kMatchMapRest);
        const StructNode* rest = AsStruct(node->children[node->count - 1]);
        CompileName(LeafArgument(rest->children[0]), NameOp::kStore);
      } else {
        emitter_->Emit(Opcode::kPopTop);
      }
      emitter_->EmitJump(Opcode::kJump, values_ok);
      emitter_->Place(values_fail);
      emitter_->Emit(Opcode::kPopTop);  // the subject
      emitter_->EmitJump(Opcode::kJump, fail);
      emitter_->Place(values_ok);
      return;
    }
    case NodeKind::kMatchClass: {
      size_t n_positional = 0;
      size_t n_keywords = 0;
      for (size_t i = 1; i < node->count; ++i) {
        ++(IsStructOf(node->children[i], NodeKind::kMatchKeyword)
               ? n_keywords
               : n_positional);
      }
      CompileExpression(node->children[0]);
      for (size_t i = 1 + n_positional; i < node->count; ++i) {
        emitter_->EmitConstant(objects::Value::FromQstr(
            LeafArgument(AsStruct(node->children[i])->children[0])));
      }
      emitter_->Emit(Opcode::kBuildTuple, static_cast<uint32_t>(n_keywords));
      emitter_->Emit(Opcode::kMatchClass, static_cast<uint32_t>(n_positional));
      EmitFailIfNone(fail);
      size_t n = node->count - 1;
      emitter_->Emit(Opcode::kUnpackSequence, static_cast<uint32_t>(n));
      auto* patterns =
          static_cast<Node*>(objects::Allocate((n + 1) * sizeof(Node)));
      for (size_t i = 0; i < n; ++i) {
        Node child = node->children[1 + i];
        patterns[i] = IsStructOf(child, NodeKind::kMatchKeyword)
                          ? AsStruct(child)->children[1]
                          : child;
      }
      CompileSubpatterns(patterns, n, 0, fail);
      objects::Free(patterns);
      return;
    }
    default:
      Error("invalid syntax");
  }
}

}  // namespace mp::compiler
