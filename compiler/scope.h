// Scope analysis: which names are local, global, cells (captured by an inner
// function) or free (captured from an outer one), and which slot each local
// lives in.
#ifndef MP_COMPILER_SCOPE_H_
#define MP_COMPILER_SCOPE_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/value.h"
#include "parser/node.h"

namespace mp::compiler {

using objects::Qstr;

enum class ScopeKind : uint8_t {
  kModule,
  kFunction,
  kLambda,
  kComprehension,
  kClass,
};

enum class NameKind : uint8_t {
  kUnresolved,  // read here, not assigned: resolved to a free or global name
  kGlobalImplicit,  // read here, bound nowhere enclosing
  kGlobalExplicit,  // declared `global`
  kLocal,
  kCell,  // a local that an inner function captures
  kFree,  // a local of an outer function, reached through a cell
};

struct NameInfo {
  Qstr name;
  NameKind kind;
  bool is_parameter;
  bool declared_nonlocal;
  // A class body's own name that is also a variable of an enclosing function
  // which functions inside the class capture: it gets a free slot to pass the
  // cell on, while the class body itself uses its namespace.
  bool passes_free;
  uint16_t slot;
};

struct Scope {
  ScopeKind kind;
  Scope* parent;
  parser::Node node;  // the kFunctionDef or kLambda (0 for the module)
  Qstr name;
  uint32_t line;
  NameInfo* names;
  uint32_t name_count;
  uint32_t name_capacity;
  Scope** children;
  uint32_t child_count;
  uint32_t child_capacity;
  uint16_t n_positional;
  uint16_t n_kwonly;
  uint8_t flags;  // RawCodeFlags
  uint16_t n_slots;
  uint16_t n_cells;
  uint16_t n_free;

  NameInfo* Find(Qstr name);
  // The scope of a function or lambda node defined directly in this one.
  Scope* ChildFor(parser::Node node);
};

// Builds the scopes of a module (raising SyntaxError for misplaced
// declarations), resolves every name and assigns slots. The module scope is
// returned; its children follow the tree.
Scope* AnalyzeScopes(parser::Node module, Qstr source_file);

}  // namespace mp::compiler

#endif  // MP_COMPILER_SCOPE_H_
