// import and from-import. Each is ImportName (with the level and the names
// asked for) and stores: `import a.b` binds a; `import a.b as c` binds the
// module a.b; `from m import x as y` takes x from m (or m's submodule x).
#include "compiler/compiler_internal.h"
#include "objects/exception.h"
#include "objects/vstr.h"

namespace mp::compiler {
namespace {

// The dotted name of a kDottedName or a plain name, as one qstr.
Qstr DottedName(Node name) {
  if (IsName(name)) return LeafArgument(name);
  const StructNode* dotted = AsStruct(name);
  objects::Vstr text;
  const objects::QstrPool& qstrs = objects::Shared().qstrs;
  for (size_t i = 0; i < dotted->count; ++i) {
    Qstr part = LeafArgument(dotted->children[i]);
    if (i > 0) text.printer().Char('.');
    text.printer().Write(qstrs.Data(part), qstrs.Length(part));
  }
  return objects::Shared().qstrs.Intern(text.data(), text.length());
}

}  // namespace

void Compiler::CompileImport(const StructNode* node) {
  for (size_t i = 0; i < node->count; ++i) {
    const StructNode* alias = AsStruct(node->children[i]);
    Node name = alias->children[0];
    emitter_->EmitSmallInt(0);
    emitter_->Emit(Opcode::kLoadNone);
    emitter_->Emit(Opcode::kImportName, DottedName(name));
    if (alias->children[1] != 0) {
      // The top package comes back: walk down to the module itself.
      if (!IsName(name)) {
        const StructNode* dotted = AsStruct(name);
        for (size_t j = 1; j < dotted->count; ++j) {
          emitter_->Emit(Opcode::kLoadAttr, LeafArgument(dotted->children[j]));
        }
      }
      CompileName(LeafArgument(alias->children[1]), NameOp::kStore);
    } else {
      Qstr top = IsName(name) ? LeafArgument(name)
                              : LeafArgument(AsStruct(name)->children[0]);
      CompileName(top, NameOp::kStore);
    }
  }
}

void Compiler::CompileImportFrom(const StructNode* node) {
  auto level = static_cast<uint32_t>(SmallIntValue(node->children[0]));
  Node module = node->children[1];
  Qstr module_name = module == 0 ? objects::q::empty : DottedName(module);
  bool star = node->count == 3 && !IsStruct(node->children[2]);
  emitter_->EmitSmallInt(level);
  if (star) {
    if (scope_->kind != ScopeKind::kModule) {
      Error("import * only allowed at module level");
    }
    emitter_->EmitConstant(objects::Value::FromQstr(objects::q::star));
    emitter_->Emit(Opcode::kBuildTuple, 1);
    emitter_->Emit(Opcode::kImportName, module_name);
    emitter_->Emit(Opcode::kImportStar);
    return;
  }
  for (size_t i = 2; i < node->count; ++i) {
    const StructNode* alias = AsStruct(node->children[i]);
    emitter_->EmitConstant(
        objects::Value::FromQstr(LeafArgument(alias->children[0])));
  }
  emitter_->Emit(Opcode::kBuildTuple, static_cast<uint32_t>(node->count - 2));
  emitter_->Emit(Opcode::kImportName, module_name);
  for (size_t i = 2; i < node->count; ++i) {
    const StructNode* alias = AsStruct(node->children[i]);
    Qstr name = LeafArgument(alias->children[0]);
    emitter_->Emit(Opcode::kImportFrom, name);
    Node as_name = alias->children[1];
    CompileName(as_name != 0 ? LeafArgument(as_name) : name, NameOp::kStore);
  }
  emitter_->Emit(Opcode::kPopTop);
}

}  // namespace mp::compiler
