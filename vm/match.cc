#include "vm/match.h"

#include "objects/bound_method.h"
#include "objects/bytes.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/list.h"
#include "objects/operations.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/tuple.h"

namespace mp::vm {
namespace {

using objects::Value;

// Built-in types whose one positional sub-pattern matches the subject
// itself, as PEP 634 lists them (those this interpreter has).
bool MatchesSelf(const objects::Type* type) {
  static const objects::Type* const kTypes[] = {
      &objects::kBoolType,      &objects::kIntType,       &objects::kStrType,
      &objects::kBytesType,     &objects::kByteArrayType, &objects::kListType,
      &objects::kTupleType,     &objects::kDictType,      &objects::kSetType,
      &objects::kFrozenSetType,
  };
  for (const objects::Type* t : kTypes) {
    if (objects::IsSubclass(type, t)) return true;
  }
  return false;
}

// The attribute, or null when the subject has none.
Value TryAttribute(Value subject, objects::Qstr name) {
  Value dest[2];
  if (!objects::TryLoadMethod(subject, name, dest)) return Value();
  return dest[1].IsNull() ? dest[0] : objects::NewBoundMethod(dest[0], dest[1]);
}

}  // namespace

Value MatchSequence(Value subject, size_t length, bool at_least) {
  Value native = objects::NativeValue(subject);
  const objects::Type* type = objects::TypeOf(native);
  const objects::Tuple* items;
  if (type == &objects::kTupleType) {
    items = native.As<objects::Tuple>();
  } else if (type == &objects::kListType) {
    const auto* list = native.As<objects::List>();
    items = objects::NewTuple(list->length, list->items);
  } else if (type == &objects::kRangeType) {
    objects::List* list = objects::NewList(0, nullptr);
    Value iterator = objects::GetIter(native);
    for (Value item = objects::IterNext(iterator); !item.IsNull();
         item = objects::IterNext(iterator)) {
      objects::ListAppend(list, item);
    }
    items = objects::NewTuple(list->length, list->items);
  } else {
    return Value::None();
  }
  bool fits = at_least ? items->length >= length : items->length == length;
  return fits ? Value(&items->base) : Value::None();
}

Value MatchMapping(Value subject, Value keys) {
  Value native = objects::NativeValue(subject);
  if (objects::TypeOf(native) != &objects::kDictType) return Value::None();
  const objects::Map& map = native.As<objects::Dict>()->map;
  const auto* key_tuple = keys.As<objects::Tuple>();
  objects::Tuple* values = objects::NewTuple(key_tuple->length, nullptr);
  for (size_t i = 0; i < key_tuple->length; ++i) {
    Value* found = map.Find(key_tuple->items[i]);
    if (found == nullptr) return Value::None();
    values->items[i] = *found;
  }
  return Value(&values->base);
}

Value MatchMapRest(Value mapping, Value keys) {
  objects::Dict* rest = objects::NewDict();
  objects::DictUpdate(rest, objects::NativeValue(mapping));
  const auto* key_tuple = keys.As<objects::Tuple>();
  for (size_t i = 0; i < key_tuple->length; ++i) {
    rest->map.Remove(key_tuple->items[i]);
  }
  return Value(&rest->base);
}

Value MatchClass(Value subject, Value cls, Value names, size_t n_positional) {
  if (!objects::IsType(cls)) {
    objects::RaiseMessage(&objects::kTypeErrorType,
                          "called match pattern must be a class");
  }
  const auto* type = cls.As<objects::Type>();
  if (!objects::IsInstance(subject, type)) return Value::None();
  const auto* keywords = names.As<objects::Tuple>();
  objects::Tuple* attributes =
      objects::NewTuple(n_positional + keywords->length, nullptr);
  if (n_positional > 0) {
    Value match_args =
        objects::LookupInMro(type, objects::q::dunder_match_args);
    if (match_args.IsNull()) {
      if (n_positional > 1 || !MatchesSelf(type)) {
        objects::RaiseFormat(&objects::kTypeErrorType,
                             "%q() accepts 0 positional sub-patterns (%zu "
                             "given)",
                             type->name, n_positional);
      }
      attributes->items[0] = subject;
    } else {
      if (objects::TypeOf(match_args) != &objects::kTupleType) {
        objects::RaiseMessage(&objects::kTypeErrorType,
                              "__match_args__ must be a tuple");
      }
      const auto* args = match_args.As<objects::Tuple>();
      if (n_positional > args->length) {
        objects::RaiseFormat(&objects::kTypeErrorType,
                             "%q() accepts %zu positional sub-patterns (%zu "
                             "given)",
                             type->name, args->length, n_positional);
      }
      for (size_t i = 0; i < n_positional; ++i) {
        if (!args->items[i].IsQstr()) {
          objects::RaiseMessage(&objects::kTypeErrorType,
                                "__match_args__ elements must be strings");
        }
        Value value = TryAttribute(subject, args->items[i].AsQstr());
        if (value.IsNull()) return Value::None();
        attributes->items[i] = value;
      }
    }
  }
  for (size_t i = 0; i < keywords->length; ++i) {
    Value value = TryAttribute(subject, keywords->items[i].AsQstr());
    if (value.IsNull()) return Value::None();
    attributes->items[n_positional + i] = value;
  }
  return Value(&attributes->base);
}

}  // namespace mp::vm
