#include "vm/import.h"

#include <string.h>

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/nlr.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/vstr.h"
#include "vm/builtin_modules.h"
#include "vm/runtime.h"

namespace mp::vm {
namespace {

using objects::Map;
using objects::Qstr;
using objects::Value;
namespace q = objects::q;

const ImportFileSystem* g_file_system = nullptr;

Qstr Intern(const char* text, size_t length) {
  return objects::Shared().qstrs.Intern(text, length);
}

const char* Text(Qstr name, size_t* length) {
  *length = objects::Shared().qstrs.Length(name);
  return objects::Shared().qstrs.Data(name);
}

[[noreturn]] void RaiseNoModule(Qstr name) {
  objects::RaiseFormat(&objects::kImportErrorType, "no module named '%q'",
                       name);
}

// The package a relative import starts from: __package__, or __name__ for a
// package (it has __path__), or __name__ up to its last dot.
Qstr BasePackage(Map* globals, size_t level) {
  Value* package = globals->Find(Value::FromQstr(q::dunder_package));
  Value* name = globals->Find(Value::FromQstr(q::dunder_name));
  size_t length = 0;
  const char* text = "";
  if (package != nullptr && !package->IsNone()) {
    text = objects::StrData(*package, &length);
  } else if (name != nullptr) {
    text = objects::StrData(*name, &length);
    if (globals->Find(Value::FromQstr(q::dunder_path)) == nullptr) {
      while (length > 0 && text[length - 1] != '.') --length;
      if (length > 0) --length;
    }
  }
  for (size_t up = 1; up < level; ++up) {
    while (length > 0 && text[length - 1] != '.') --length;
    if (length == 0) {
      objects::RaiseMessage(&objects::kImportErrorType,
                            "attempted relative import beyond top-level "
                            "package");
    }
    --length;
  }
  if (length == 0) {
    objects::RaiseMessage(&objects::kImportErrorType,
                          "attempted relative import with no known parent "
                          "package");
  }
  return Intern(text, length);
}

// Where a module's code is: the .py file (a package's __init__.py) and, for a
// package, its directory.
struct ModuleFile {
  objects::Vstr file;  // NUL-terminated
  objects::Vstr directory;
  bool is_package;
};

// Looks for `leaf` (a .py file or a package directory) in each directory of
// `search` (a list of str); false when it is in none.
bool FindModuleFile(const char* leaf, size_t leaf_length, Value search,
                    ModuleFile* found) {
  // A module that is not a package has no __path__: search is null.
  if (g_file_system == nullptr || search.IsNull() ||
      objects::TypeOf(search) != &objects::kListType) {
    return false;
  }
  const auto* dirs = search.As<objects::List>();
  for (size_t i = 0; i < dirs->length; ++i) {
    if (!objects::IsInstance(dirs->items[i], &objects::kStrType)) continue;
    size_t dir_length;
    const char* dir = objects::StrData(dirs->items[i], &dir_length);
    objects::Vstr& path = found->directory;
    path.Clear();
    path.printer().Write(dir, dir_length);
    if (dir_length > 0) path.printer().Char('/');
    path.printer().Write(leaf, leaf_length);
    size_t base_length = path.length();
    path.printer().Char('\0');
    found->is_package =
        g_file_system->stat(path.data()) == ImportFileSystem::kDirectory;
    objects::Vstr& file = found->file;
    file.Clear();
    file.printer().Write(path.data(), base_length);
    file.printer().Write(found->is_package ? "/__init__.py" : ".py");
    file.printer().Char('\0');
    path.Truncate(base_length);
    if (g_file_system->stat(file.data()) == ImportFileSystem::kFile) {
      return true;
    }
  }
  return false;
}

// Looks for `leaf` in `search` as FindModuleFile does; runs it in a new module
// named `full`.
Value LoadFromFiles(Qstr full, const char* leaf, size_t leaf_length,
                    Value search) {
  ModuleFile found;
  if (!FindModuleFile(leaf, leaf_length, search, &found)) return Value();
  objects::Module* module = objects::NewModule(full);
  Map& globals = module->dict->map;
  globals.Store(Value::FromQstr(q::dunder_file),
                objects::NewStr(found.file.data(), found.file.length() - 1));
  if (found.is_package) {
    Value dir_value =
        objects::NewStr(found.directory.data(), found.directory.length());
    globals.Store(Value::FromQstr(q::dunder_path),
                  Value(&objects::NewList(1, &dir_value)->base));
  }
  Value module_value(&module->base);
  Map& modules = Vm().modules->map;
  modules.Store(Value::FromQstr(full), module_value);
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    g_file_system->exec_file(found.file.data(), &globals);
    objects::NlrPop(nlr);
  } else {
    // A module that failed to run is not left half-made for the next import.
    modules.Remove(Value::FromQstr(full));
    objects::NlrJump(nlr.exception);
  }
  return module_value;
}

// Imports the module named by the first `length` bytes of `full_text`, its
// parent package being `parent` (null for a top-level module).
Value ImportOne(const char* full_text, size_t length, Value parent) {
  Qstr full = Intern(full_text, length);
  Map& modules = Vm().modules->map;
  if (Value* loaded = modules.Find(Value::FromQstr(full))) return *loaded;
  size_t leaf_start = length;
  while (leaf_start > 0 && full_text[leaf_start - 1] != '.') --leaf_start;
  Value module;
  if (parent.IsNull()) {
    module = MakeBuiltinModule(full);
    if (!module.IsNull()) {
      modules.Store(Value::FromQstr(full), module);
      return module;
    }
    module = LoadFromFiles(full, full_text, length, Value(&Vm().path->base));
  } else {
    Value search;
    Value dest[2];
    if (objects::TryLoadMethod(parent, q::dunder_path, dest)) search = dest[0];
    module = LoadFromFiles(full, full_text + leaf_start, length - leaf_start,
                           search);
    if (!module.IsNull()) {
      objects::StoreAttr(
          parent, Intern(full_text + leaf_start, length - leaf_start), module);
    }
  }
  if (module.IsNull()) RaiseNoModule(full);
  return module;
}

// RunMainModule for `name`; a package is run by its __main__ submodule, which
// must not be a package itself.
void RunAsMain(Qstr name, bool package_allowed) {
  size_t length;
  const char* text = Text(name, &length);
  size_t leaf_start = length;
  while (leaf_start > 0 && text[leaf_start - 1] != '.') --leaf_start;
  Value search(&Vm().path->base);
  Qstr package = q::empty;
  if (leaf_start > 0) {
    package = Intern(text, leaf_start - 1);
    Value parent = ImportName(package, Value::True(), 0, nullptr);
    Value dest[2];
    search = objects::TryLoadMethod(parent, q::dunder_path, dest) ? dest[0]
                                                                  : Value();
  }
  ModuleFile found;
  if (!FindModuleFile(text + leaf_start, length - leaf_start, search, &found) ||
      (found.is_package && !package_allowed)) {
    RaiseNoModule(name);
  }
  if (found.is_package) {
    ImportName(name, Value::True(), 0, nullptr);
    objects::Vstr main_name;
    main_name.printer().Write(text, length);
    main_name.printer().Write(".__main__");
    RunAsMain(Intern(main_name.data(), main_name.length()), false);
    return;
  }
  Map* globals = Vm().main_globals;
  globals->Store(Value::FromQstr(q::dunder_file),
                 objects::NewStr(found.file.data(), found.file.length() - 1));
  if (package != q::empty) {
    globals->Store(Value::FromQstr(q::dunder_package),
                   Value::FromQstr(package));
  }
  if (!g_file_system->exec_file(found.file.data(), globals)) {
    RaiseNoModule(name);
  }
}

}  // namespace

void RunMainModule(Qstr name) { RunAsMain(name, true); }

void SetImportFileSystem(const ImportFileSystem* file_system) {
  g_file_system = file_system;
}

Value ImportName(Qstr name, Value fromlist, size_t level, Map* globals) {
  objects::Vstr full;
  size_t name_length;
  const char* name_text = Text(name, &name_length);
  if (level > 0) {
    size_t base_length;
    const char* base = Text(BasePackage(globals, level), &base_length);
    full.printer().Write(base, base_length);
    if (name_length > 0) full.printer().Char('.');
  } else if (name_length == 0) {
    objects::RaiseMessage(&objects::kValueErrorType, "Empty module name");
  }
  full.printer().Write(name_text, name_length);
  const char* text = full.data();
  size_t length = full.length();
  Value top;
  Value module;
  for (size_t end = 0; end <= length; ++end) {
    if (end < length && text[end] != '.') continue;
    module = ImportOne(text, end, module);
    if (top.IsNull()) top = module;
  }
  bool want_leaf = level > 0 || (!fromlist.IsNull() && !fromlist.IsNone() &&
                                 objects::IsTrue(fromlist));
  if (want_leaf) return module;
  // `import a.b` binds a: the top package of the absolute name.
  return top;
}

Value ImportFrom(Value module, Qstr name) {
  Value dest[2];
  if (objects::TryLoadMethod(module, name, dest)) {
    return dest[1].IsNull() ? dest[0] : objects::LoadAttr(module, name);
  }
  // A submodule not imported yet.
  Value package_name;
  if (objects::TryLoadMethod(module, q::dunder_path, dest) &&
      objects::TryLoadMethod(module, q::dunder_name, dest)) {
    package_name = dest[0];
    size_t length;
    const char* text = objects::StrData(package_name, &length);
    objects::Vstr full;
    full.printer().Write(text, length);
    full.printer().Char('.');
    size_t leaf_length;
    const char* leaf = Text(name, &leaf_length);
    full.printer().Write(leaf, leaf_length);
    return ImportOne(full.data(), full.length(), module);
  }
  objects::RaiseFormat(&objects::kImportErrorType, "cannot import name '%q'",
                       name);
}

void ImportStar(Value module, Map* locals) {
  if (objects::TypeOf(module) != &objects::kModuleType) {
    objects::RaiseMessage(&objects::kTypeErrorType, "import * needs a module");
  }
  const Map& globals = module.As<objects::Module>()->dict->map;
  if (Value* all = globals.Find(Value::FromQstr(q::dunder_all))) {
    Value iterator = objects::GetIter(*all);
    for (Value item = objects::IterNext(iterator); !item.IsNull();
         item = objects::IterNext(iterator)) {
      size_t length;
      const char* text = objects::StrData(item, &length);
      Qstr name = Intern(text, length);
      locals->Store(Value::FromQstr(name), objects::LoadAttr(module, name));
    }
    return;
  }
  for (size_t i = 0; i < globals.entry_count(); ++i) {
    const objects::MapEntry& entry = globals.entries()[i];
    if (entry.key.IsNull()) continue;
    size_t length;
    const char* text = objects::StrData(entry.key, &length);
    if (length > 0 && text[0] == '_') continue;
    locals->Store(entry.key, entry.value);
  }
}

}  // namespace mp::vm
