#include "objects/class.h"

#include "objects/builtin_function.h"
#include "objects/descriptors.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

// The method resolution order of a base: a class keeps its own; a built-in
// type's is its chain of base types, then object.
const Tuple* OrderOf(const Type* type) {
  if (IsClass(type)) return reinterpret_cast<const Class*>(type)->mro;
  size_t length = 0;
  for (const Type* t = type; t != nullptr; t = t->base_type) ++length;
  bool add_object = type != &kObjectType;
  Tuple* order = NewTuple(length + add_object, nullptr);
  size_t i = 0;
  for (const Type* t = type; t != nullptr; t = t->base_type) {
    order->items[i++] = Value(&t->base);
  }
  if (add_object) order->items[i] = Value(&kObjectType.base);
  return order;
}

struct MergeInput {
  const Value* items;
  size_t length;
  size_t next;
};

// Whether `candidate` appears in a sequence after its head.
bool InTail(const MergeInput* inputs, size_t n, Value candidate) {
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = inputs[i].next + 1; j < inputs[i].length; ++j) {
      if (inputs[i].items[j] == candidate) return true;
    }
  }
  return false;
}

// C3 linearization: `self`, then the merge of the bases' orders and the list
// of bases. Raises TypeError when the bases admit no consistent order.
const Tuple* ComputeMro(Value self, const Tuple* bases) {
  size_t n = bases->length + 1;
  auto* inputs = static_cast<MergeInput*>(Allocate(n * sizeof(MergeInput)));
  size_t total = 1;
  for (size_t i = 0; i < bases->length; ++i) {
    const Tuple* order = OrderOf(bases->items[i].As<Type>());
    inputs[i] = MergeInput{order->items, order->length, 0};
    total += order->length;
  }
  inputs[bases->length] = MergeInput{bases->items, bases->length, 0};
  Tuple* mro = NewTuple(total, nullptr);
  size_t length = 0;
  mro->items[length++] = self;
  for (;;) {
    Value chosen;
    bool any_left = false;
    for (size_t i = 0; i < n && chosen.IsNull(); ++i) {
      if (inputs[i].next == inputs[i].length) continue;
      any_left = true;
      Value head = inputs[i].items[inputs[i].next];
      if (!InTail(inputs, n, head)) chosen = head;
    }
    if (!any_left) break;
    if (chosen.IsNull()) {
      Free(inputs);
      RaiseMessage(&kTypeErrorType,
                   "Cannot create a consistent method resolution order (MRO)");
    }
    mro->items[length++] = chosen;
    for (size_t i = 0; i < n; ++i) {
      if (inputs[i].next < inputs[i].length &&
          inputs[i].items[inputs[i].next] == chosen) {
        ++inputs[i].next;
      }
    }
  }
  Free(inputs);
  mro->length = length;
  return mro;
}

bool IsDataDescriptor(Value value) {
  if (!value.IsObject()) return false;
  const Type* type = TypeOf(value);
  if (type == &kPropertyType) return true;
  return IsClass(type) && (!LookupInMro(type, q::dunder_set).IsNull() ||
                           !LookupInMro(type, q::dunder_delete).IsNull());
}

// The flags a class's own dict contributes.
uint16_t FlagsFromDict(const Dict& dict) {
  uint16_t flags = 0;
  const Map& map = dict.map;
  for (size_t i = 0; i < map.entry_count(); ++i) {
    const MapEntry& entry = map.entries()[i];
    if (entry.key.IsNull()) continue;
    if (entry.key == Value::FromQstr(q::dunder_setattr) ||
        entry.key == Value::FromQstr(q::dunder_delattr) ||
        IsDataDescriptor(entry.value)) {
      flags |= kTypeHasSetattrHooks;
    }
    if (entry.key == Value::FromQstr(q::dunder_getattr))
      flags |= kTypeHasGetattr;
    if (entry.key == Value::FromQstr(q::dunder_del)) flags |= kTypeHasFinaliser;
  }
  return flags;
}

const Value* FindInOwnDict(const Type* type, Qstr attr) {
  if (IsClass(type)) {
    return reinterpret_cast<const Class*>(type)->dict.map.Find(
        Value::FromQstr(attr));
  }
  return type->locals != nullptr ? StaticMapFind(*type->locals, attr) : nullptr;
}

Value CallUserGet(Value descriptor, Value instance, const Type* owner_type) {
  Value args[3] = {descriptor, instance, Value(&owner_type->base)};
  Value get = LookupInMro(TypeOf(descriptor), q::dunder_get);
  return Call(get, 3, 0, args);
}

// --- object ---

Value ObjectInit(size_t /*n_args*/, size_t /*n_kw*/, const Value* /*args*/) {
  return Value::None();
}

Value MakeNewObject(const Type* /*type*/, size_t n_args, size_t n_kw,
                    const Value* /*args*/) {
  CheckArgCount(n_args, n_kw, 0, 0, false);
  auto* object = New<Object>();
  object->type = &kObjectType;
  return Value(object);
}

Value ObjectNew(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  if (!IsType(args[0])) {
    RaiseMessage(&kTypeErrorType, "object.__new__(X): X is not a type object");
  }
  const Type* type = args[0].As<Type>();
  // Other built-in types make their own objects, as CPython insists.
  if (type == &kObjectType) return MakeNewObject(type, 0, 0, nullptr);
  const Type* native_base =
      IsClass(type) ? reinterpret_cast<const Class*>(type)->native_base : type;
  if (native_base != nullptr) {
    RaiseFormat(&kTypeErrorType,
                "object.__new__(%q) is not safe, use %q.__new__()", type->name,
                native_base->name);
  }
  return Value(&NewInstance(type, Value())->base);
}

// Attribute names arrive as str values; attributes are keyed by qstr.
Qstr AttrName(Value name) {
  if (name.IsQstr()) return name.AsQstr();
  if (!IsInstance(name, &kStrType)) {
    RaiseFormat(&kTypeErrorType, "attribute name must be string, not '%q'",
                TypeName(name));
  }
  size_t length;
  const char* data = StrData(name, &length);
  return Shared().qstrs.Intern(data, length);
}

Value ObjectSetattr(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  StoreInstanceMember(args[0], AttrName(args[1]), args[2]);
  return Value::None();
}

Value ObjectDelattr(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  StoreInstanceMember(args[0], AttrName(args[1]), Value());
  return Value::None();
}

// object.__repr__ and object.__str__, which super() reaches from a class
// that overrides them: the built-in value inside (a list subclass's items),
// or the default form. object.__str__ is repr() for other objects.
Value ObjectRepr(size_t, size_t, const Value* args) {
  Vstr text;
  if (!PrintNative(text.printer(), args[0], PrintKind::kRepr)) {
    Printf(text.printer(), "<%q object at 0x%lx>", TypeName(args[0]),
           static_cast<unsigned long>(args[0].bits()));
  }
  return NewStr(text.data(), text.length());
}

Value ObjectStr(size_t, size_t, const Value* args) {
  Vstr text;
  if (!PrintNative(text.printer(), args[0], PrintKind::kStr)) {
    PrintValue(text.printer(), args[0], PrintKind::kRepr);
  }
  return NewStr(text.data(), text.length());
}

// object.__init_subclass__(): the end of the chain of hooks, taking nothing.
Value ObjectInitSubclass(size_t /*n_args*/, size_t /*n_kw*/,
                         const Value* /*args*/) {
  return Value::None();
}

constexpr BuiltinFunction kObjectInitSubclass = {
    {&kBuiltinFunctionType}, q::dunder_init_subclass, 0, 1, false,
    ObjectInitSubclass};
constexpr BuiltinFunction kObjectInit = {
    {&kBuiltinFunctionType}, q::dunder_init, 1, 1, false, ObjectInit};
constexpr BuiltinFunction kObjectNew = {
    {&kBuiltinFunctionType}, q::dunder_new, 1, 1, false, ObjectNew};
constexpr BuiltinFunction kObjectSetattr = {
    {&kBuiltinFunctionType}, q::dunder_setattr, 3, 3, false, ObjectSetattr};
constexpr BuiltinFunction kObjectDelattr = {
    {&kBuiltinFunctionType}, q::dunder_delattr, 2, 2, false, ObjectDelattr};
constexpr BuiltinFunction kObjectRepr = {
    {&kBuiltinFunctionType}, q::dunder_repr, 1, 1, false, ObjectRepr};
constexpr BuiltinFunction kObjectStr = {
    {&kBuiltinFunctionType}, q::dunder_str, 1, 1, false, ObjectStr};

constexpr auto kObjectMethods = SortedByKey(StaticMapTable<7>{{
    {Value::FromQstr(q::dunder_repr), Value(&kObjectRepr.base)},
    {Value::FromQstr(q::dunder_str), Value(&kObjectStr.base)},
    {Value::FromQstr(q::dunder_init_subclass),
     Value(&kObjectInitSubclass.base)},
    {Value::FromQstr(q::dunder_init), Value(&kObjectInit.base)},
    {Value::FromQstr(q::dunder_new), Value(&kObjectNew.base)},
    {Value::FromQstr(q::dunder_setattr), Value(&kObjectSetattr.base)},
    {Value::FromQstr(q::dunder_delattr), Value(&kObjectDelattr.base)},
}});
constexpr StaticMap kObjectLocals = kObjectMethods.map();

}  // namespace

const Type kObjectType = {
    .base = {&kTypeType},
    .name = q::object,
    .make_new = MakeNewObject,
    .locals = &kObjectLocals,
};

Class* NewClass(Qstr name, const Tuple* bases, const Dict* namespace_dict) {
  if (bases->length == 0) {
    Value object = Value(&kObjectType.base);
    bases = NewTuple(1, &object);
  }
  for (size_t i = 0; i < bases->length; ++i) {
    if (!IsType(bases->items[i])) {
      RaiseMessage(&kTypeErrorType, "bases must be types");
    }
  }
  auto* cls = New<Class>();
  Type& type = cls->type;
  type.base.type = &kTypeType;
  type.name = name;
  type.print = PrintInstance;
  type.make_new = MakeNewInstance;
  type.call = CallInstance;
  type.unary_op = InstanceUnaryOp;
  type.binary_op = InstanceBinaryOp;
  type.attr = InstanceAttr;
  type.subscr = InstanceSubscr;
  type.get_iter = InstanceGetIter;
  type.iter_next = InstanceIterNext;
  cls->dict.base.type = &kDictType;
  cls->bases = bases;
  cls->qualname = name;
  const Map& source = namespace_dict->map;
  for (size_t i = 0; i < source.entry_count(); ++i) {
    const MapEntry& entry = source.entries()[i];
    if (!entry.key.IsNull()) cls->dict.map.Store(entry.key, entry.value);
  }
  // As in CPython, defining __eq__ alone makes instances unhashable.
  if (cls->dict.map.Find(Value::FromQstr(q::dunder_eq)) != nullptr &&
      cls->dict.map.Find(Value::FromQstr(q::dunder_hash)) == nullptr) {
    cls->dict.map.Store(Value::FromQstr(q::dunder_hash), Value::None());
  }
  if (const Value* qualname =
          cls->dict.map.Find(Value::FromQstr(q::dunder_qualname))) {
    if (qualname->IsQstr()) cls->qualname = qualname->AsQstr();
    cls->dict.map.Remove(Value::FromQstr(q::dunder_qualname));
  }
  type.flags = kTypeIsClass;
  cls->mro = ComputeMro(Value(&type.base), bases);
  uint16_t flags = kTypeIsClass;
  for (size_t i = 0; i < cls->mro->length; ++i) {
    const Type* t = cls->mro->items[i].As<Type>();
    if (IsClass(t)) {
      flags |= FlagsFromDict(reinterpret_cast<const Class*>(t)->dict);
    } else if (t != &kObjectType) {
      if (cls->native_base == nullptr) {
        cls->native_base = t;
      } else if (!IsSubclass(cls->native_base, t) &&
                 !IsSubclass(t, cls->native_base)) {
        RaiseMessage(&kTypeErrorType,
                     "multiple bases have instance lay-out conflict");
      }
      flags |= t->flags & kTypeUnhashable;
    }
  }
  if (LookupInMro(&type, q::dunder_hash).IsNone()) flags |= kTypeUnhashable;
  type.flags = flags;
  return cls;
}

Value LookupInMro(const Type* type, Qstr attr, const Type** owner) {
  if (IsClass(type)) {
    const Tuple* mro = reinterpret_cast<const Class*>(type)->mro;
    for (size_t i = 0; i < mro->length; ++i) {
      const Type* t = mro->items[i].As<Type>();
      if (const Value* found = FindInOwnDict(t, attr)) {
        if (owner != nullptr) *owner = t;
        return *found;
      }
    }
    return Value();
  }
  for (const Type* t = type; t != nullptr; t = t->base_type) {
    if (const Value* found = FindInOwnDict(t, attr)) {
      if (owner != nullptr) *owner = t;
      return *found;
    }
  }
  if (const Value* found = FindInOwnDict(&kObjectType, attr)) {
    if (owner != nullptr) *owner = &kObjectType;
    return *found;
  }
  return Value();
}

Value LookupInMroAfter(const Type* type, const Type* after, Qstr attr,
                       const Type** owner) {
  const Tuple* mro = OrderOf(type);
  size_t i = 0;
  while (i < mro->length && mro->items[i] != Value(&after->base)) ++i;
  for (++i; i < mro->length; ++i) {
    const Type* t = mro->items[i].As<Type>();
    if (const Value* found = FindInOwnDict(t, attr)) {
      if (owner != nullptr) *owner = t;
      return *found;
    }
  }
  return Value();
}

bool BindsAsMethod(Value value) {
  return value.IsObject() && (TypeOf(value)->flags & kTypeBindsAsMethod);
}

void BindClassAttribute(Value found, const Type* owner, Value self,
                        const Type* type, Value* dest) {
  bool through_class = IsType(self) && self.As<Type>() == type;
  const Type* found_type = TypeOf(found);
  if (found_type == &kStaticMethodType) {
    dest[0] = found.As<MethodWrapper>()->function;
  } else if (found_type == &kClassMethodType) {
    dest[0] = found.As<MethodWrapper>()->function;
    dest[1] = Value(&type->base);
  } else if (found_type == &kPropertyType) {
    if (through_class) {
      dest[0] = found;
      return;
    }
    Value getter = found.As<Property>()->getter;
    if (getter.IsNone()) {
      RaiseMessage(&kAttributeErrorType, "unreadable attribute");
    }
    dest[0] = Call(getter, 1, 0, &self);
  } else if (BindsAsMethod(found)) {
    dest[0] = found;
    if (!through_class) dest[1] = self;
  } else if (found_type == &kBuiltinFunctionType && !IsClass(owner)) {
    // A method of a built-in type: __new__ is static; others work on the
    // built-in object inside an instance (object's own on the instance).
    dest[0] = found;
    if (!through_class && found.As<BuiltinFunction>()->name != q::dunder_new) {
      dest[1] = owner == &kObjectType ? self : NativeValue(self);
    }
  } else if (IsClass(found_type) &&
             !LookupInMro(found_type, q::dunder_get).IsNull()) {
    dest[0] = CallUserGet(found, through_class ? Value::None() : self, type);
  } else {
    dest[0] = found;
  }
}

void ClassAttr(Value self, Qstr attr, Value* dest) {
  auto* cls = self.As<Class>();
  if (dest[0] == Value::Sentinel() && !dest[1].IsNull()) {
    cls->dict.map.Store(Value::FromQstr(attr), dest[1]);
    if (attr == q::dunder_setattr || attr == q::dunder_delattr ||
        IsDataDescriptor(dest[1])) {
      cls->type.flags |= kTypeHasSetattrHooks;
    }
    if (attr == q::dunder_getattr) cls->type.flags |= kTypeHasGetattr;
    if (attr == q::dunder_del) cls->type.flags |= kTypeHasFinaliser;
    dest[0] = Value();
    return;
  }
  if (dest[0] == Value::Sentinel()) {
    if (cls->dict.map.Remove(Value::FromQstr(attr))) dest[0] = Value();
    return;
  }
  switch (attr) {
    case q::dunder_name:
      dest[0] = Value::FromQstr(cls->type.name);
      return;
    case q::dunder_qualname:
      dest[0] = Value::FromQstr(cls->qualname);
      return;
    case q::dunder_dict:
      dest[0] = Value(&cls->dict.base);
      return;
    case q::dunder_bases:
      dest[0] = Value(&cls->bases->base);
      return;
    case q::dunder_mro:
      dest[0] = Value(&cls->mro->base);
      return;
    default:
      break;
  }
  const Type* owner;
  Value found = LookupInMro(&cls->type, attr, &owner);
  if (!found.IsNull()) BindClassAttribute(found, owner, self, &cls->type, dest);
}

}  // namespace mp::objects
