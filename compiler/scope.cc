#include "compiler/scope.h"

#include "compiler/raw_code.h"
#include "compiler/syntax_error.h"
#include "objects/state.h"

namespace mp::compiler {
namespace {

using objects::Reallocate;
using parser::AsStruct;
using parser::IsName;
using parser::IsStruct;
using parser::IsStructOf;
using parser::LeafArgument;
using parser::Node;
using parser::NodeKind;
using parser::StructNode;

// Literal nodes keep bytes, not children.
bool HasChildren(const StructNode* node) {
  switch (node->node_kind()) {
    case NodeKind::kString:
    case NodeKind::kBytes:
    case NodeKind::kBigInteger:
    case NodeKind::kFloat:
      return false;
    default:
      return true;
  }
}

NameInfo* AddName(Scope* scope, Qstr name) {
  if (NameInfo* existing = scope->Find(name)) return existing;
  if (scope->name_count == scope->name_capacity) {
    uint32_t capacity =
        scope->name_capacity == 0 ? 8 : scope->name_capacity * 2;
    scope->names = static_cast<NameInfo*>(
        Reallocate(scope->names, capacity * sizeof(NameInfo)));
    scope->name_capacity = capacity;
  }
  NameInfo* info = &scope->names[scope->name_count++];
  *info = NameInfo{name, NameKind::kUnresolved, false, false, false, 0};
  return info;
}

// Walks the tree once, building scopes and recording what each does with each
// name.
class ScopeBuilder {
 public:
  explicit ScopeBuilder(Qstr source_file) : source_file_(source_file) {}

  Scope* BuildModule(Node module) {
    Scope* scope =
        NewScope(ScopeKind::kModule, nullptr, 0, objects::q::module_block, 1);
    current_ = scope;
    Visit(module);
    return scope;
  }

 private:
  Scope* NewScope(ScopeKind kind, Scope* parent, Node node, Qstr name,
                  uint32_t line) {
    auto* scope = objects::New<Scope>();
    scope->kind = kind;
    scope->parent = parent;
    scope->node = node;
    scope->name = name;
    scope->line = line;
    if (parent != nullptr) {
      if (parent->child_count == parent->child_capacity) {
        uint32_t capacity =
            parent->child_capacity == 0 ? 4 : parent->child_capacity * 2;
        parent->children = static_cast<Scope**>(
            Reallocate(parent->children, capacity * sizeof(Scope*)));
        parent->child_capacity = capacity;
      }
      parent->children[parent->child_count++] = scope;
    }
    return scope;
  }

  void Use(Qstr name) { AddName(current_, name); }

  void Bind(Qstr name) {
    if (current_->kind == ScopeKind::kModule) {
      AddName(current_, name)->kind = NameKind::kGlobalImplicit;
      return;
    }
    NameInfo* info = AddName(current_, name);
    if (info->kind == NameKind::kGlobalExplicit || info->declared_nonlocal)
      return;
    if (info->kind == NameKind::kUnresolved) info->kind = NameKind::kLocal;
  }

  void Declare(const StructNode* node, bool is_global) {
    if (!is_global && current_->kind == ScopeKind::kModule) {
      RaiseSyntaxError(source_file_, node->line,
                       "can't declare nonlocal in outer code");
    }
    for (size_t i = 0; i < node->count; ++i) {
      Qstr name = LeafArgument(node->children[i]);
      NameInfo* info = AddName(current_, name);
      if (info->is_parameter) {
        RaiseSyntaxError(source_file_, node->line,
                         is_global ? "name is parameter and global"
                                   : "name is parameter and nonlocal");
      }
      if (is_global) {
        info->kind = NameKind::kGlobalExplicit;
      } else {
        info->declared_nonlocal = true;
      }
    }
  }

  void VisitTarget(Node target) {
    objects::CheckStack();
    if (IsName(target)) {
      Bind(LeafArgument(target));
      return;
    }
    if (!IsStruct(target)) return;
    const StructNode* node = AsStruct(target);
    switch (node->node_kind()) {
      case NodeKind::kTuple:
      case NodeKind::kList:
        for (size_t i = 0; i < node->count; ++i) VisitTarget(node->children[i]);
        return;
      case NodeKind::kStarred:
        VisitTarget(node->children[0]);
        return;
      default:
        Visit(target);  // attributes and subscripts read their parts; others
                        // are errors later
    }
  }

  // Parameters become the first names of the function's scope. The grammar
  // orders them as the slots are laid out (positional, *args, keyword-only,
  // **kwargs), so one pass in source order does it.
  void DeclareParameters(Scope* scope, Node parameters) {
    const StructNode* list = AsStruct(parameters);
    bool after_star = false;
    for (size_t i = 0; i < list->count; ++i) {
      const StructNode* parameter = AsStruct(list->children[i]);
      switch (parameter->node_kind()) {
        case NodeKind::kStarParameter:
          after_star = true;
          if (parameter->children[0] == 0)
            continue;  // a bare * only starts keyword-only
          scope->flags |= kVarArgs;
          break;
        case NodeKind::kDoubleStarParameter:
          scope->flags |= kVarKeywords;
          break;
        default:
          ++(after_star ? scope->n_kwonly : scope->n_positional);
      }
      Qstr name = LeafArgument(parameter->children[0]);
      if (scope->Find(name) != nullptr) {
        RaiseSyntaxError(source_file_, parameter->line,
                         "duplicate argument name in function definition");
      }
      NameInfo* info = AddName(scope, name);
      info->kind = NameKind::kLocal;
      info->is_parameter = true;
    }
  }

  // A comprehension is a function of one argument (.0, the first iterable's
  // iterator): the first iterable is evaluated outside it, the rest inside.
  void VisitComprehension(const StructNode* node) {
    NodeKind kind = node->node_kind();
    size_t first_clause = kind == NodeKind::kDictComprehension ? 2 : 1;
    const StructNode* first = AsStruct(node->children[first_clause]);
    Visit(first->children[1]);
    Qstr name =
        kind == NodeKind::kListComprehension   ? objects::q::listcomp_block
        : kind == NodeKind::kSetComprehension  ? objects::q::setcomp_block
        : kind == NodeKind::kDictComprehension ? objects::q::dictcomp_block
                                               : objects::q::genexpr_block;
    Scope* scope = NewScope(ScopeKind::kComprehension, current_,
                            reinterpret_cast<Node>(node), name, node->line);
    NameInfo* argument = AddName(scope, objects::q::comprehension_argument);
    argument->kind = NameKind::kLocal;
    argument->is_parameter = true;
    scope->n_positional = 1;
    if (kind == NodeKind::kGenerator) scope->flags |= kGenerator;
    Scope* outer = current_;
    current_ = scope;
    for (size_t i = first_clause; i < node->count; ++i) {
      const StructNode* clause = AsStruct(node->children[i]);
      VisitTarget(clause->children[0]);
      if (i != first_clause) Visit(clause->children[1]);
      for (size_t j = 2; j < clause->count; ++j) Visit(clause->children[j]);
    }
    for (size_t i = 0; i < first_clause; ++i) Visit(node->children[i]);
    current_ = outer;
  }

  // `name := value` in a comprehension binds in the function (or module) around
  // it, as PEP 572 says; elsewhere it binds where it is.
  void BindNamedExpressionTarget(Qstr name) {
    if (current_->kind != ScopeKind::kComprehension) {
      Bind(name);
      return;
    }
    Scope* home = current_;
    while (home->kind == ScopeKind::kComprehension) home = home->parent;
    Scope* saved = current_;
    current_ = home;
    Bind(name);
    current_ = saved;
    for (Scope* scope = saved; scope != home; scope = scope->parent) {
      NameInfo* info = AddName(scope, name);
      if (home->kind == ScopeKind::kModule) {
        info->kind = NameKind::kGlobalExplicit;
      } else {
        info->declared_nonlocal = true;
      }
    }
  }

  // yield makes the function a generator; await is allowed only in async
  // functions (and in comprehensions inside them, which become coroutines).
  void MarkSuspension(const StructNode* node, bool is_await) {
    Scope* scope = current_;
    if (scope->kind == ScopeKind::kComprehension) {
      if (!is_await) {
        RaiseSyntaxError(source_file_, node->line,
                         "'yield' inside list comprehension");
      }
      Scope* home = scope;
      while (home->kind == ScopeKind::kComprehension) home = home->parent;
      if ((home->flags & kCoroutine) == 0) {
        RaiseSyntaxError(source_file_, node->line,
                         "'await' outside async function");
      }
      for (Scope* s = scope; s != home; s = s->parent) s->flags |= kCoroutine;
      return;
    }
    if (scope->kind == ScopeKind::kModule) {
      RaiseSyntaxError(
          source_file_, node->line,
          is_await ? "'await' outside function" : "'yield' outside function");
    }
    if (is_await) {
      if ((scope->flags & kCoroutine) == 0) {
        RaiseSyntaxError(source_file_, node->line,
                         "'await' outside async function");
      }
      return;
    }
    if (node->node_kind() == NodeKind::kYieldFrom &&
        (scope->flags & kCoroutine) != 0) {
      RaiseSyntaxError(source_file_, node->line,
                       "'yield from' inside async function");
    }
    scope->flags |= kGenerator;
  }

  void VisitFunction(const StructNode* node, bool is_lambda) {
    Node parameters = node->children[is_lambda ? 0 : 1];
    // Defaults and annotations belong to the enclosing scope.
    const StructNode* list = AsStruct(parameters);
    for (size_t i = 0; i < list->count; ++i) {
      const StructNode* parameter = AsStruct(list->children[i]);
      for (size_t j = 1; j < parameter->count; ++j)
        Visit(parameter->children[j]);
    }
    if (!is_lambda) Visit(node->children[3]);  // the return annotation
    Qstr name =
        is_lambda ? objects::q::lambda_block : LeafArgument(node->children[0]);
    Scope* scope =
        NewScope(is_lambda ? ScopeKind::kLambda : ScopeKind::kFunction,
                 current_, reinterpret_cast<Node>(node), name, node->line);
    DeclareParameters(scope, parameters);
    if (node->node_kind() == NodeKind::kAsyncFunctionDef)
      scope->flags |= kCoroutine;
    Scope* outer = current_;
    current_ = scope;
    Visit(node->children[is_lambda ? 1 : 2]);
    current_ = outer;
    // super() with no arguments reads the class through the implicit
    // __class__ cell.
    if (scope->Find(objects::q::super) != nullptr) {
      AddName(scope, objects::q::dunder_class);
    }
  }

  // The bases and keywords belong to the enclosing scope; the body is a scope
  // whose names nested functions do not see.
  void VisitClass(const StructNode* node) {
    for (size_t i = 2; i < node->count; ++i) Visit(node->children[i]);
    Scope* scope =
        NewScope(ScopeKind::kClass, current_, reinterpret_cast<Node>(node),
                 LeafArgument(node->children[0]), node->line);
    Scope* outer = current_;
    current_ = scope;
    Visit(node->children[1]);
    current_ = outer;
  }

  void Visit(Node tree) {
    // An elif chain nests in the else part; a loop follows it, not recursion.
    while (IsStructOf(tree, NodeKind::kIf)) {
      const StructNode* node = AsStruct(tree);
      Visit(node->children[0]);
      Visit(node->children[1]);
      tree = node->children[2];
    }
    VisitNode(tree);
  }

  void VisitNode(Node tree) {
    objects::CheckStack();
    if (IsName(tree)) {
      Use(LeafArgument(tree));
      return;
    }
    if (!IsStruct(tree)) return;
    const StructNode* node = AsStruct(tree);
    switch (node->node_kind()) {
      case NodeKind::kFunctionDef:
      case NodeKind::kAsyncFunctionDef:
        Bind(LeafArgument(node->children[0]));
        VisitFunction(node, false);
        return;
      case NodeKind::kClassDef:
        Bind(LeafArgument(node->children[0]));
        VisitClass(node);
        return;
      case NodeKind::kYield:
      case NodeKind::kYieldFrom:
        MarkSuspension(node, /*is_await=*/false);
        if (node->children[0] != 0) Visit(node->children[0]);
        return;
      case NodeKind::kAwait:
        MarkSuspension(node, /*is_await=*/true);
        Visit(node->children[0]);
        return;
      case NodeKind::kLambda:
        VisitFunction(node, true);
        return;
      case NodeKind::kListComprehension:
      case NodeKind::kSetComprehension:
      case NodeKind::kDictComprehension:
      case NodeKind::kGenerator:
        VisitComprehension(node);
        return;
      case NodeKind::kAssign:
        for (size_t i = 0; i + 1 < node->count; ++i)
          VisitTarget(node->children[i]);
        Visit(node->children[node->count - 1]);
        return;
      case NodeKind::kAugmentedAssign:
        Visit(node->children[0]);
        VisitTarget(node->children[0]);
        Visit(node->children[2]);
        return;
      case NodeKind::kAnnotatedAssign:
        if (node->children[2] != 0) VisitTarget(node->children[0]);
        Visit(node->children[2]);
        return;
      case NodeKind::kImport:
        for (size_t i = 0; i < node->count; ++i) {
          const StructNode* alias = AsStruct(node->children[i]);
          Node name = alias->children[alias->children[1] != 0 ? 1 : 0];
          // `import a.b` binds a.
          Bind(IsName(name) ? LeafArgument(name)
                            : LeafArgument(AsStruct(name)->children[0]));
        }
        return;
      case NodeKind::kImportFrom:
        for (size_t i = 2; i < node->count; ++i) {
          if (!IsStruct(node->children[i])) continue;  // *
          const StructNode* alias = AsStruct(node->children[i]);
          Bind(LeafArgument(alias->children[alias->children[1] != 0 ? 1 : 0]));
        }
        return;
      case NodeKind::kMatchCapture:
      case NodeKind::kMatchStar:
      case NodeKind::kMatchRest:
        if (node->children[0] != 0) Bind(LeafArgument(node->children[0]));
        return;
      case NodeKind::kMatchAs:
        Visit(node->children[0]);
        Bind(LeafArgument(node->children[1]));
        return;
      case NodeKind::kMatchKeyword:
        Visit(node->children[1]);  // the name is an attribute's
        return;
      case NodeKind::kAsyncWith:
        MarkSuspension(node, /*is_await=*/true);
        for (size_t i = 0; i < node->count; ++i) Visit(node->children[i]);
        return;
      case NodeKind::kWithItem:
        Visit(node->children[0]);
        if (node->children[1] != 0) VisitTarget(node->children[1]);
        return;
      case NodeKind::kAsyncFor:
        MarkSuspension(node, /*is_await=*/true);
        [[fallthrough]];
      case NodeKind::kFor:
        VisitTarget(node->children[0]);
        for (size_t i = 1; i < node->count; ++i) Visit(node->children[i]);
        return;
      case NodeKind::kDelete:
        for (size_t i = 0; i < node->count; ++i) VisitTarget(node->children[i]);
        return;
      case NodeKind::kGlobal:
      case NodeKind::kNonlocal:
        Declare(node, node->node_kind() == NodeKind::kGlobal);
        return;
      case NodeKind::kExceptHandler:
        Visit(node->children[0]);
        if (node->children[1] != 0) Bind(LeafArgument(node->children[1]));
        Visit(node->children[2]);
        return;
      case NodeKind::kNamedExpression:
        BindNamedExpressionTarget(LeafArgument(node->children[0]));
        Visit(node->children[1]);
        return;
      case NodeKind::kAttribute:
        Visit(node->children[0]);  // the attribute's name is no variable
        return;
      case NodeKind::kKeywordArgument:
        Visit(node->children[1]);
        return;
      default:
        if (!HasChildren(node)) return;
        for (size_t i = 0; i < node->count; ++i) Visit(node->children[i]);
    }
  }

  Qstr source_file_;
  Scope* current_ = nullptr;
};

// Finds `name` in the functions enclosing `scope`, marking it a cell where it
// is local and free in every scope between; returns false when no enclosing
// function binds it.
bool ResolveFree(Scope* scope, Qstr name) {
  for (Scope* outer = scope->parent;
       outer != nullptr && outer->kind != ScopeKind::kModule;
       outer = outer->parent) {
    if (outer->kind == ScopeKind::kClass) {
      // A class body's names are invisible to the functions inside it, but
      // for the implicit __class__ cell.
      if (name != objects::q::dunder_class) continue;
      AddName(outer, name)->kind = NameKind::kCell;
      for (Scope* between = scope->parent; between != outer;
           between = between->parent) {
        AddName(between, name)->kind = NameKind::kFree;
      }
      return true;
    }
    NameInfo* info = outer->Find(name);
    if (info == nullptr || info->kind == NameKind::kUnresolved ||
        info->kind == NameKind::kGlobalImplicit ||
        info->kind == NameKind::kGlobalExplicit) {
      continue;
    }
    if (info->kind == NameKind::kLocal) info->kind = NameKind::kCell;
    for (Scope* between = scope->parent; between != outer;
         between = between->parent) {
      NameInfo* passing = AddName(between, name);
      if (between->kind == ScopeKind::kClass &&
          passing->kind == NameKind::kLocal) {
        passing->passes_free = true;
      } else {
        passing->kind = NameKind::kFree;
      }
    }
    return true;
  }
  return false;
}

void Resolve(Scope* scope, Qstr source_file) {
  objects::CheckStack();
  if (scope->kind != ScopeKind::kModule) {
    for (uint32_t i = 0; i < scope->name_count; ++i) {
      NameInfo& info = scope->names[i];
      if (info.kind != NameKind::kUnresolved && !info.declared_nonlocal)
        continue;
      Qstr name = info.name;
      bool found = ResolveFree(scope, name);
      // ResolveFree may have grown names; look the entry up again.
      NameInfo* entry = scope->Find(name);
      if (found) {
        entry->kind = NameKind::kFree;
      } else if (entry->declared_nonlocal) {
        RaiseSyntaxError(source_file, scope->line,
                         "no binding for nonlocal found");
      } else {
        entry->kind = NameKind::kGlobalImplicit;
      }
    }
  } else {
    for (uint32_t i = 0; i < scope->name_count; ++i) {
      if (scope->names[i].kind == NameKind::kUnresolved) {
        scope->names[i].kind = NameKind::kGlobalImplicit;
      }
    }
  }
  for (uint32_t i = 0; i < scope->child_count; ++i)
    Resolve(scope->children[i], source_file);
}

// Parameters keep the first slots; then locals and cells; free variables go
// last.
void AssignSlots(Scope* scope) {
  objects::CheckStack();
  if (scope->kind != ScopeKind::kModule) {
    uint16_t slot = 0;
    for (uint32_t i = 0; i < scope->name_count; ++i) {
      NameInfo& info = scope->names[i];
      bool has_slot =
          info.kind == NameKind::kCell ||
          (info.kind == NameKind::kLocal && scope->kind != ScopeKind::kClass);
      if (has_slot) {
        info.slot = slot++;
        if (info.kind == NameKind::kCell) ++scope->n_cells;
      }
    }
    for (uint32_t i = 0; i < scope->name_count; ++i) {
      NameInfo& info = scope->names[i];
      if (info.kind == NameKind::kFree || info.passes_free) {
        info.slot = slot++;
        ++scope->n_free;
      }
    }
    scope->n_slots = slot;
  }
  for (uint32_t i = 0; i < scope->child_count; ++i)
    AssignSlots(scope->children[i]);
}

}  // namespace

NameInfo* Scope::Find(Qstr wanted) {
  for (uint32_t i = 0; i < name_count; ++i) {
    if (names[i].name == wanted) return &names[i];
  }
  return nullptr;
}

Scope* Scope::ChildFor(parser::Node tree) {
  for (uint32_t i = 0; i < child_count; ++i) {
    if (children[i]->node == tree) return children[i];
  }
  return nullptr;
}

Scope* AnalyzeScopes(parser::Node module, Qstr source_file) {
  ScopeBuilder builder(source_file);
  Scope* scope = builder.BuildModule(module);
  Resolve(scope, source_file);
  AssignSlots(scope);
  return scope;
}

}  // namespace mp::compiler
