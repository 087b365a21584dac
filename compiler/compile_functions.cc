// Code that makes code: def, lambda, comprehensions and await.
#include "compiler/compiler_internal.h"
#include "objects/exception.h"
#include "objects/vstr.h"

namespace mp::compiler {

// def and lambda: the code is compiled now; at run time, MakeFunction makes
// the function from it with the defaults and closure cells.
void Compiler::CompileFunction(const StructNode* node, bool is_lambda) {
  Scope* scope = scope_->ChildFor(reinterpret_cast<Node>(node));
  const StructNode* parameters = AsStruct(node->children[is_lambda ? 0 : 1]);
  uint32_t flags = 0;
  // Positional defaults, in order, as a tuple.
  size_t n_defaults = 0;
  bool after_star = false;
  for (size_t i = 0; i < parameters->count; ++i) {
    const StructNode* parameter = AsStruct(parameters->children[i]);
    if (parameter->node_kind() == NodeKind::kStarParameter) after_star = true;
    if (!after_star && parameter->node_kind() == NodeKind::kParameter &&
        parameter->children[1] != 0) {
      CompileExpression(parameter->children[1]);
      ++n_defaults;
    }
  }
  if (n_defaults > 0) {
    emitter_->Emit(Opcode::kBuildTuple, static_cast<uint32_t>(n_defaults));
    flags |= kHasDefaults;
  }
  // Keyword-only defaults, as (name, value) pairs in a tuple.
  size_t n_keyword_defaults = 0;
  after_star = false;
  for (size_t i = 0; i < parameters->count; ++i) {
    const StructNode* parameter = AsStruct(parameters->children[i]);
    if (parameter->node_kind() == NodeKind::kStarParameter) after_star = true;
    if (after_star && parameter->node_kind() == NodeKind::kParameter &&
        parameter->children[1] != 0) {
      emitter_->EmitConstant(
          objects::Value::FromQstr(LeafArgument(parameter->children[0])));
      CompileExpression(parameter->children[1]);
      ++n_keyword_defaults;
    }
  }
  if (n_keyword_defaults > 0) {
    emitter_->Emit(Opcode::kBuildTuple,
                   static_cast<uint32_t>(2 * n_keyword_defaults));
    flags |= kHasKeywordDefaults;
  }
  flags |= EmitClosure(scope);
  RawCode* code = CompileNestedCode(scope, node->line, [&] {
    if (is_lambda) {
      CompileExpression(node->children[1]);
    } else {
      CompileBlock(node->children[2]);
      emitter_->Emit(Opcode::kLoadNone);
    }
    emitter_->Emit(Opcode::kReturnValue);
  });
  uint32_t child = emitter_->AddChild(code);
  emitter_->Emit(Opcode::kMakeFunction,
                 (child << kMakeFunctionFlagBits) | flags);
}

// Pushes the cells a nested scope captures (in the order of its free slots)
// as a tuple; returns the MakeFunction flag for it, or 0 when it captures
// none.
uint32_t Compiler::EmitClosure(Scope* scope) {
  if (scope->n_free == 0) return 0;
  for (uint16_t slot = scope->n_slots - scope->n_free; slot < scope->n_slots;
       ++slot) {
    for (uint32_t i = 0; i < scope->name_count; ++i) {
      bool is_free = scope->names[i].kind == NameKind::kFree ||
                     scope->names[i].passes_free;
      if (!is_free || scope->names[i].slot != slot) {
        continue;
      }
      NameInfo* outer = scope_->Find(scope->names[i].name);
      // The outer slot holds the cell itself: push it, not its value.
      emitter_->Emit(Opcode::kLoadFast, outer->slot);
    }
  }
  emitter_->Emit(Opcode::kBuildTuple, scope->n_free);
  return kHasClosure;
}

// [x for ...] and friends: a function of the first iterable's iterator, made
// and called at once.
void Compiler::CompileComprehension(const StructNode* node) {
  NodeKind kind = node->node_kind();
  size_t first_clause = kind == NodeKind::kDictComprehension ? 2 : 1;
  Scope* scope = scope_->ChildFor(reinterpret_cast<Node>(node));
  uint32_t flags = EmitClosure(scope);
  RawCode* code = CompileNestedCode(scope, node->line, [&] {
    if (kind == NodeKind::kListComprehension) {
      emitter_->Emit(Opcode::kBuildList, 0);
    } else if (kind == NodeKind::kSetComprehension) {
      emitter_->Emit(Opcode::kBuildSet, 0);
    } else if (kind == NodeKind::kDictComprehension) {
      emitter_->Emit(Opcode::kBuildMap, 0);
    }
    emitter_->Emit(Opcode::kLoadFast, 0);
    CompileComprehensionClause(node, first_clause, first_clause);
    if (kind == NodeKind::kGenerator) emitter_->Emit(Opcode::kLoadNone);
    emitter_->Emit(Opcode::kReturnValue);
  });
  uint32_t child = emitter_->AddChild(code);
  emitter_->Emit(Opcode::kMakeFunction,
                 (child << kMakeFunctionFlagBits) | flags);
  CompileExpression(AsStruct(node->children[first_clause])->children[1]);
  emitter_->Emit(Opcode::kGetIter);
  emitter_->Emit(Opcode::kCallFunction, 1);
  // A comprehension with await in it is a coroutine, awaited at once.
  if ((scope->flags & (kGenerator | kCoroutine)) == kCoroutine) EmitAwait();
}

void Compiler::EmitAwait() {
  emitter_->Emit(Opcode::kGetAwaitable);
  emitter_->Emit(Opcode::kLoadNone);
  emitter_->Emit(Opcode::kYieldFrom);
}

// One `for target in iterable if ...` clause, with the ones after it inside.
// Each open clause keeps its iterator on the stack, above the result.
void Compiler::CompileComprehensionClause(const StructNode* node, size_t index,
                                          size_t first_clause) {
  objects::CheckStack();
  const StructNode* clause = AsStruct(node->children[index]);
  Label top = emitter_->NewLabel();
  Label end = emitter_->NewLabel();
  if (index != first_clause) {
    CompileExpression(clause->children[1]);
    emitter_->Emit(Opcode::kGetIter);
  }
  emitter_->Place(top);
  emitter_->EmitJump(Opcode::kForIter, end);
  CompileStore(clause->children[0]);
  for (size_t i = 2; i < clause->count; ++i) {
    CompileJumpIf(clause->children[i], false, top);
  }
  if (index + 1 < node->count) {
    CompileComprehensionClause(node, index + 1, first_clause);
  } else {
    auto depth = static_cast<uint32_t>(node->count - first_clause + 1);
    switch (node->node_kind()) {
      case NodeKind::kListComprehension:
        CompileExpression(node->children[0]);
        emitter_->Emit(Opcode::kListAppend, depth);
        break;
      case NodeKind::kSetComprehension:
        CompileExpression(node->children[0]);
        emitter_->Emit(Opcode::kSetAdd, depth);
        break;
      case NodeKind::kDictComprehension:
        CompileExpression(node->children[0]);
        CompileExpression(node->children[1]);
        emitter_->Emit(Opcode::kMapAdd, depth);
        break;
      default:  // a generator expression yields each
        CompileExpression(node->children[0]);
        emitter_->Emit(Opcode::kYieldValue);
        emitter_->Emit(Opcode::kPopTop);
        break;
    }
  }
  emitter_->EmitJump(Opcode::kJump, top);
  emitter_->Place(end);
}
// class C(bases, keywords): body -> __build_class__(<body function>, 'C',
// bases, keywords). The body runs with the class namespace as its locals and
// returns the __class__ cell (for super()), or None.
void Compiler::CompileClass(const StructNode* node) {
  Scope* scope = scope_->ChildFor(reinterpret_cast<Node>(node));
  Qstr name = LeafArgument(node->children[0]);
  emitter_->Emit(Opcode::kLoadBuildClass);
  uint32_t flags = EmitClosure(scope);
  Qstr qualname = QualifiedName(scope);
  RawCode* code = CompileNestedCode(scope, node->line, [&] {
    CompileName(objects::q::dunder_name, NameOp::kLoad);
    CompileName(objects::q::dunder_module, NameOp::kStore);
    emitter_->EmitConstant(objects::Value::FromQstr(qualname));
    CompileName(objects::q::dunder_qualname, NameOp::kStore);
    CompileBlock(node->children[1]);
    NameInfo* cell = scope->Find(objects::q::dunder_class);
    if (cell != nullptr && cell->kind == NameKind::kCell) {
      // The slot holds the cell itself; __build_class__ fills it.
      emitter_->Emit(Opcode::kLoadFast, cell->slot);
    } else {
      emitter_->Emit(Opcode::kLoadNone);
    }
    emitter_->Emit(Opcode::kReturnValue);
  });
  uint32_t child = emitter_->AddChild(code);
  emitter_->Emit(Opcode::kMakeFunction,
                 (child << kMakeFunctionFlagBits) | flags);
  emitter_->EmitConstant(objects::Value::FromQstr(name));
  if (HasUnpacking(node, 2)) {
    EmitCallWithUnpacking(node, 2, 2);
  } else {
    EmitCall(node, 2, 2, false);
  }
}

// The dotted name CPython gives __qualname__: enclosing classes by name, and
// enclosing functions as f.<locals>.
Qstr Compiler::QualifiedName(Scope* scope) {
  objects::Vstr text;
  const objects::QstrPool& qstrs = objects::Shared().qstrs;
  // Scopes from the outermost named one inwards: collect, then write.
  Scope* chain[16];
  size_t depth = 0;
  for (Scope* s = scope; s != nullptr && s->kind != ScopeKind::kModule &&
                         depth < sizeof(chain) / sizeof(chain[0]);
       s = s->parent) {
    chain[depth++] = s;
  }
  for (size_t i = depth; i-- > 0;) {
    Scope* s = chain[i];
    text.printer().Write(qstrs.Data(s->name), qstrs.Length(s->name));
    if (i > 0) {
      text.printer().Write(s->kind == ScopeKind::kClass ? "." : ".<locals>.");
    }
  }
  return objects::Shared().qstrs.Intern(text.data(), text.length());
}

void Compiler::CompileDefinition(const StructNode* node) {
  if (node->node_kind() == NodeKind::kClassDef) {
    CompileClass(node);
  } else {
    CompileFunction(node, false);
  }
}

// @d1 @d2 def f(): ... is f = d1(d2(f)), the decorators evaluated first.
void Compiler::CompileDecorated(const StructNode* node) {
  size_t n_decorators = node->count - 1;
  for (size_t i = 0; i < n_decorators; ++i) {
    CompileExpression(node->children[i]);
  }
  const StructNode* definition = AsStruct(node->children[n_decorators]);
  SetLine(definition->line);
  CompileDefinition(definition);
  for (size_t i = 0; i < n_decorators; ++i) {
    emitter_->Emit(Opcode::kCallFunction, 1);
  }
  CompileName(LeafArgument(definition->children[0]), NameOp::kStore);
}

}  // namespace mp::compiler
