// Builtins about names in scope: globals, locals and dir.
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/instance.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/operations.h"
#include "vm/builtins.h"
#include "vm/namespaces.h"

namespace mp::vm::builtins {
namespace {

using objects::BuiltinFunction;
using objects::kBuiltinFunctionType;
using objects::Map;
using objects::Type;
using objects::Value;
namespace q = objects::q;

Value Globals(size_t, size_t, const Value*) {
  return Value(&CurrentGlobals()->base);
}

Value Locals(size_t, size_t, const Value*) {
  return Value(&CurrentLocals()->base);
}

// dir() collects names as the keys of a map, which drops duplicates.
void AddKeys(const Map& from, Map& names) {
  for (size_t i = 0; i < from.entry_count(); ++i) {
    const objects::MapEntry& entry = from.entries()[i];
    if (!entry.key.IsNull()) names.Store(entry.key, Value::None());
  }
}

void AddOwnNames(const Type* type, Map& names) {
  if (objects::IsClass(type)) {
    AddKeys(reinterpret_cast<const objects::Class*>(type)->dict.map, names);
  } else if (type->locals != nullptr) {
    for (size_t i = 0; i < type->locals->count; ++i) {
      names.Store(type->locals->entries[i].key, Value::None());
    }
  }
}

// The names a type and its bases define.
void AddTypeNames(const Type* type, Map& names) {
  if (objects::IsClass(type)) {
    const objects::Tuple* mro =
        reinterpret_cast<const objects::Class*>(type)->mro;
    for (size_t i = 0; i < mro->length; ++i) {
      AddOwnNames(mro->items[i].As<Type>(), names);
    }
    return;
  }
  for (const Type* t = type; t != nullptr; t = t->base_type) {
    AddOwnNames(t, names);
  }
  AddOwnNames(&objects::kObjectType, names);
}

// dir(): the names of the current scope; dir(obj): the attributes a module,
// an instance (its own and its class's) or a type defines. Attributes that
// a type's attr slot computes (a function's __name__) are not listed.
Value Dir(size_t n_args, size_t, const Value* args) {
  objects::Dict* names = objects::NewDict();
  if (n_args == 0) {
    AddKeys(CurrentLocals()->map, names->map);
  } else {
    Value object = args[0];
    if (objects::TypeOf(object) == &objects::kModuleType) {
      AddKeys(object.As<objects::Module>()->dict->map, names->map);
    } else if (objects::IsType(object)) {
      AddTypeNames(object.As<Type>(), names->map);
    } else {
      if (objects::IsInstanceObject(object)) {
        AddKeys(object.As<objects::Instance>()->dict.map, names->map);
      }
      AddTypeNames(objects::TypeOf(object), names->map);
    }
  }
  const Map& map = names->map;
  objects::List* list = objects::NewList(0, nullptr);
  for (size_t i = 0; i < map.entry_count(); ++i) {
    objects::ListAppend(list, map.entries()[i].key);
  }
  objects::ListSort(list, Value::None(), false);
  return Value(&list->base);
}

}  // namespace

#define MP_DEFINE(name, min, max, kw, fn) \
  const BuiltinFunction name = {          \
      {&kBuiltinFunctionType}, q::name, min, max, kw, fn}

MP_DEFINE(globals, 0, 0, false, Globals);
MP_DEFINE(locals, 0, 0, false, Locals);
MP_DEFINE(dir, 0, 1, false, Dir);
#undef MP_DEFINE

}  // namespace mp::vm::builtins
