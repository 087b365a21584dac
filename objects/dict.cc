#include "objects/dict.h"

#include "objects/builtin_function.h"
#include "objects/descriptors.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/tuple.h"

namespace mp::objects {
namespace {

Dict* AsDict(Value value) { return value.As<Dict>(); }

[[noreturn]] void RaiseKeyError(Value key) {
  Raise(NewException(&kKeyErrorType, 1, &key));
}

// Adds the items of a dict (or of a dict subclass's instance, unless it
// overrides keys()), or of any object with keys() and __getitem__, as
// CPython does; false for other values.
bool UpdateFromMapping(Dict* dict, Value source) {
  Value keys[2];
  bool plain = TypeOf(source) == &kDictType;
  bool has_keys = !plain && TryLoadMethod(source, q::keys, keys);
  Value native = NativeValue(source);
  if (plain || (TypeOf(native) == &kDictType && has_keys &&
                TypeOf(keys[0]) == &kBuiltinFunctionType)) {
    const Map& other = AsDict(native)->map;
    for (size_t i = 0; i < other.entry_count(); ++i) {
      const MapEntry& entry = other.entries()[i];
      if (!entry.key.IsNull()) dict->map.Store(entry.key, entry.value);
    }
    return true;
  }
  if (!has_keys) return false;
  Value key_list = Call(keys[0], keys[1].IsNull() ? 0 : 1, 0, keys + 1);
  Value iterator = GetIter(key_list);
  for (Value key = IterNext(iterator); !key.IsNull();
       key = IterNext(iterator)) {
    dict->map.Store(key, Subscript(source, key));
  }
  return true;
}

void PrintDict(const Printer& printer, Value self, PrintKind /*kind*/) {
  const Map& map = AsDict(self)->map;
  printer.Char('{');
  bool first = true;
  for (size_t i = 0; i < map.entry_count(); ++i) {
    const MapEntry& entry = map.entries()[i];
    if (entry.key.IsNull()) continue;
    if (!first) printer.Write(", ");
    first = false;
    PrintValue(printer, entry.key, PrintKind::kRepr);
    printer.Write(": ");
    PrintValue(printer, entry.value, PrintKind::kRepr);
  }
  printer.Char('}');
}

// The keyword arguments (name, value pairs after the positional ones) go in
// too.
void UpdateFromKeywords(Dict* dict, size_t n_kw, const Value* keywords) {
  for (size_t i = 0; i < n_kw; ++i) {
    dict->map.Store(keywords[2 * i], keywords[2 * i + 1]);
  }
}

Value MakeNewDict(const Type* /*type*/, size_t n_args, size_t n_kw,
                  const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 1, true);
  Dict* dict = NewDict();
  if (n_args == 1) DictUpdate(dict, args[0]);
  UpdateFromKeywords(dict, n_kw, args + n_args);
  return Value(&dict->base);
}

Value DictUnaryOp(UnaryOp op, Value self) {
  return SizeUnaryOp(op, AsDict(self)->map.size());
}

Value DictBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  Dict* a = AsDict(lhs);
  switch (op) {
    case BinaryOp::kIn:
      return Value::Bool(a->map.Find(rhs) != nullptr);
    case BinaryOp::kEqual: {
      if (TypeOf(rhs) != &kDictType) return Value::False();
      const Map& other = AsDict(rhs)->map;
      if (a->map.size() != other.size()) return Value::False();
      CheckStack();  // nested dicts compare by recursion
      for (size_t i = 0; i < a->map.entry_count(); ++i) {
        const MapEntry& entry = a->map.entries()[i];
        if (entry.key.IsNull()) continue;
        Value* value = other.Find(entry.key);
        if (value == nullptr || !Equal(*value, entry.value))
          return Value::False();
      }
      return Value::True();
    }
    case BinaryOp::kOr:
    case BinaryOp::kInplaceOr: {
      if (TypeOf(rhs) != &kDictType) return Value();
      Dict* result = a;
      if (op == BinaryOp::kOr) {
        result = NewDict();
        DictUpdate(result, lhs);
      }
      DictUpdate(result, rhs);
      return Value(&result->base);
    }
    default:
      return Value();
  }
}

Value DictSubscr(Value self, Value key, Value value) {
  Dict* dict = AsDict(self);
  if (value == Value::Sentinel()) return DictGet(dict, key);
  if (value.IsNull()) {
    if (!dict->map.Remove(key)) RaiseKeyError(key);
  } else {
    dict->map.Store(key, value);
  }
  return Value::None();
}

Value DictGetIter(Value self) {
  return NewDictIterator(AsDict(self), &kDictKeysType);
}

// ---- Methods ----

Value GetMethod(size_t n_args, size_t /*n_kw*/, const Value* args) {
  Value* value = AsDict(args[0])->map.Find(args[1]);
  if (value != nullptr) return *value;
  return n_args == 3 ? args[2] : Value::None();
}

Value PopMethod(size_t n_args, size_t /*n_kw*/, const Value* args) {
  Dict* dict = AsDict(args[0]);
  Value* value = dict->map.Find(args[1]);
  if (value == nullptr) {
    if (n_args == 3) return args[2];
    RaiseKeyError(args[1]);
  }
  Value result = *value;
  dict->map.Remove(args[1]);
  return result;
}

Value PopItemMethod(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  Map& map = AsDict(args[0])->map;
  for (size_t i = map.entry_count(); i-- > 0;) {
    const MapEntry& entry = map.entries()[i];
    if (entry.key.IsNull()) continue;
    Value pair[2] = {entry.key, entry.value};
    map.Remove(entry.key);
    return Value(&NewTuple(2, pair)->base);
  }
  RaiseMessage(&kKeyErrorType, "popitem(): dictionary is empty");
}

Value SetDefaultMethod(size_t n_args, size_t /*n_kw*/, const Value* args) {
  Dict* dict = AsDict(args[0]);
  if (Value* value = dict->map.Find(args[1])) return *value;
  Value fallback = n_args == 3 ? args[2] : Value::None();
  dict->map.Store(args[1], fallback);
  return fallback;
}

Value UpdateMethod(size_t n_args, size_t n_kw, const Value* args) {
  Dict* dict = AsDict(args[0]);
  if (n_args == 2) DictUpdate(dict, args[1]);
  UpdateFromKeywords(dict, n_kw, args + n_args);
  return Value::None();
}

Value ClearMethod(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  AsDict(args[0])->map.Clear();
  return Value::None();
}

Value CopyMethod(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  Dict* copy = NewDict();
  DictUpdate(copy, args[0]);
  return Value(&copy->base);
}

Value KeysMethod(size_t, size_t, const Value* args) {
  return NewDictView(&kDictKeysType, AsDict(args[0]));
}
Value ValuesMethod(size_t, size_t, const Value* args) {
  return NewDictView(&kDictValuesType, AsDict(args[0]));
}
Value ItemsMethod(size_t, size_t, const Value* args) {
  return NewDictView(&kDictItemsType, AsDict(args[0]));
}

// dict.__init__(self, *args, **kwargs), for subclasses (see list.cc).
Value InitMethod(size_t n_args, size_t n_kw, const Value* args) {
  Value items = MakeNewDict(&kDictType, n_args - 1, n_kw, args + 1);
  AsDict(args[0])->map.Clear();
  DictUpdate(AsDict(args[0]), items);
  return Value::None();
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the type.
Value FromKeysMethod(size_t n_args, size_t, const Value* args) {
  Value value = n_args > 2 ? args[2] : Value::None();
  Value made = Call(args[0], 0, 0, nullptr);
  Value iterator = GetIter(args[1]);
  for (Value key = IterNext(iterator); !key.IsNull();
       key = IterNext(iterator)) {
    StoreSubscript(made, key, value);
  }
  return made;
}

constexpr BuiltinFunction kFromKeysFunction = {
    {&kBuiltinFunctionType}, q::fromkeys, 2, 3, false, FromKeysMethod};
constexpr MethodWrapper kFromKeys = {{&kClassMethodType},
                                     Value(&kFromKeysFunction.base)};

#define MP_DICT_METHOD(c_name, name, min, max, kw, fn) \
  constexpr BuiltinFunction c_name = {                 \
      {&kBuiltinFunctionType}, q::name, min, max, kw, fn, &kDictType}

MP_DICT_METHOD(kGet, get, 2, 3, false, GetMethod);
MP_DICT_METHOD(kInit, dunder_init, 1, 2, true, InitMethod);
MP_DICT_METHOD(kPop, pop, 2, 3, false, PopMethod);
MP_DICT_METHOD(kPopItem, popitem, 1, 1, false, PopItemMethod);
MP_DICT_METHOD(kSetDefault, setdefault, 2, 3, false, SetDefaultMethod);
MP_DICT_METHOD(kUpdate, update, 1, 2, true, UpdateMethod);
MP_DICT_METHOD(kClear, clear, 1, 1, false, ClearMethod);
MP_DICT_METHOD(kCopy, copy, 1, 1, false, CopyMethod);
MP_DICT_METHOD(kKeys, keys, 1, 1, false, KeysMethod);
MP_DICT_METHOD(kValues, values, 1, 1, false, ValuesMethod);
MP_DICT_METHOD(kItems, items, 1, 1, false, ItemsMethod);
#undef MP_DICT_METHOD

constexpr auto kDictMethods = SortedByKey(StaticMapTable<16>{{
    {Value::FromQstr(q::dunder_getitem),
     Value(&kBuiltinGetItem<&kDictType>.base)},
    {Value::FromQstr(q::dunder_setitem),
     Value(&kBuiltinSetItem<&kDictType>.base)},
    {Value::FromQstr(q::dunder_delitem),
     Value(&kBuiltinDelItem<&kDictType>.base)},
    {Value::FromQstr(q::dunder_new), Value(&kBuiltinTypeNew<&kDictType>.base)},
    {Value::FromQstr(q::fromkeys), Value(&kFromKeys.base)},
    MethodEntry(q::dunder_init, kInit),
    MethodEntry(q::get, kGet),
    MethodEntry(q::pop, kPop),
    MethodEntry(q::popitem, kPopItem),
    MethodEntry(q::setdefault, kSetDefault),
    MethodEntry(q::update, kUpdate),
    MethodEntry(q::clear, kClear),
    MethodEntry(q::copy, kCopy),
    MethodEntry(q::keys, kKeys),
    MethodEntry(q::values, kValues),
    MethodEntry(q::items, kItems),
}});
constexpr StaticMap kDictLocals = kDictMethods.map();

}  // namespace

const Type kDictType = {
    .base = {&kTypeType},
    .name = q::dict,
    .flags = kTypeUnhashable,
    .print = PrintDict,
    .make_new = MakeNewDict,
    .unary_op = DictUnaryOp,
    .binary_op = DictBinaryOp,
    .subscr = DictSubscr,
    .get_iter = DictGetIter,
    .locals = &kDictLocals,
};

void DictUpdateFromMapping(Dict* dict, Value mapping) {
  if (!UpdateFromMapping(dict, mapping)) {
    RaiseFormat(&kTypeErrorType, "'%q' object is not a mapping",
                TypeName(mapping));
  }
}

Dict* NewDict() {
  auto* dict = New<Dict>();
  dict->base.type = &kDictType;
  return dict;
}

Value DictGet(Dict* dict, Value key) {
  Value* value = dict->map.Find(key);
  if (value == nullptr) RaiseKeyError(key);
  return *value;
}

void DictUpdate(Dict* dict, Value source) {
  if (UpdateFromMapping(dict, source)) return;
  // An iterable of pairs; each pair must have exactly two items.
  Value iterator = GetIter(source);
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    Value pair_iterator = GetIter(item);
    Value key = IterNext(pair_iterator);
    Value value = key.IsNull() ? Value() : IterNext(pair_iterator);
    if (value.IsNull() || !IterNext(pair_iterator).IsNull()) {
      RaiseMessage(&kValueErrorType, "dict update sequence has wrong length");
    }
    dict->map.Store(key, value);
  }
}

}  // namespace mp::objects
