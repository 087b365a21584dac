// Instances of classes defined in Python: their attributes (a dict, which
// __dict__ gives), and, for a class that derives from a built-in type, the
// built-in object inside them that the built-in methods work on.
#ifndef MP_OBJECTS_INSTANCE_H_
#define MP_OBJECTS_INSTANCE_H_

#include "objects/builtin_function.h"
#include "objects/class.h"
#include "objects/dict.h"
#include "objects/object.h"
#include "objects/qstr.h"

namespace mp::objects {

struct Instance {
  Object base;
  Value native;  // the built-in object inside, or null
  Dict dict;
};

inline bool IsInstanceObject(Value value) {
  return value.IsObject() && IsClass(value.AsObject()->type);
}

// The built-in object a value stands for: the native object inside an
// instance of a class derived from a built-in type, or the value itself.
inline Value NativeValue(Value value) {
  if (IsInstanceObject(value)) {
    Value native = value.As<Instance>()->native;
    if (!native.IsNull()) return native;
  }
  return value;
}

// self.attr and self.attr = value, when they are plain members of the
// instance's own dict (no data descriptor or __setattr__ on the class), with
// an inline cache: *hint is the dict entry where the caller found attr last
// time. Return false when that is not so, and the caller takes the general
// path (LoadAttr, StoreAttr), which decides.
inline bool LoadOwnMember(Value self, Qstr attr, uint16_t* hint,
                          Value* result) {
  if (!IsInstanceObject(self)) return false;
  auto* instance = self.As<Instance>();
  if (instance->base.type->flags & kTypeHasSetattrHooks) return false;
  const Value* member =
      instance->dict.map.FindWithHint(Value::FromQstr(attr), hint);
  // __class__ and __dict__ are the instance's whatever its dict holds.
  if (member == nullptr || attr == q::dunder_class || attr == q::dunder_dict)
    return false;
  *result = *member;
  return true;
}
inline bool StoreOwnMember(Value self, Qstr attr, uint16_t* hint, Value value) {
  if (!IsInstanceObject(self)) return false;
  auto* instance = self.As<Instance>();
  if (instance->base.type->flags & kTypeHasSetattrHooks) return false;
  Value* member = instance->dict.map.FindWithHint(Value::FromQstr(attr), hint);
  if (member == nullptr) return false;
  *member = value;
  return true;
}

// A new instance of `type` (a class) holding `native`, without calling
// __init__.
Instance* NewInstance(const Type* type, Value native);

// The built-in object an instance of `type` (a class) carries, made as
// type(*args) would: immutable built-ins (and exceptions) take the arguments
// now (*args_taken tells which), mutable ones are made empty for __init__ to
// fill. Null when the class derives only from object.
Value MakeNativeOf(const Type* type, size_t n_args, size_t n_kw,
                   const Value* args, bool* args_taken);

// X.__new__(cls, *args) for a built-in type X, also reached through super():
// cls must be X or a subtype. A new cls from the arguments; for a class, an
// instance holding its built-in object, without calling __init__.
Value NewOfBuiltinType(const Type* type, size_t n_args, size_t n_kw,
                       const Value* args);
template <const Type* kType>
Value BuiltinTypeNew(size_t n_args, size_t n_kw, const Value* args) {
  return NewOfBuiltinType(kType, n_args, n_kw, args);
}
// The __new__ entry of a built-in type's locals.
template <const Type* kType>
inline constexpr BuiltinFunction kBuiltinTypeNew = {
    {&kBuiltinFunctionType}, q::dunder_new, 1,
    kAnyNumberOfArgs,        true,          BuiltinTypeNew<kType>};

// __getitem__, __setitem__ and __delitem__ of built-in containers, which a
// derived class reaches through super(): they work on the built-in object.
Value GetItemMethod(size_t n_args, size_t n_kw, const Value* args);
Value SetItemMethod(size_t n_args, size_t n_kw, const Value* args);
Value DelItemMethod(size_t n_args, size_t n_kw, const Value* args);
template <const Type* kType>
inline constexpr BuiltinFunction kBuiltinGetItem = {{&kBuiltinFunctionType},
                                                    q::dunder_getitem,
                                                    2,
                                                    2,
                                                    false,
                                                    GetItemMethod,
                                                    kType};
template <const Type* kType>
inline constexpr BuiltinFunction kBuiltinSetItem = {{&kBuiltinFunctionType},
                                                    q::dunder_setitem,
                                                    3,
                                                    3,
                                                    false,
                                                    SetItemMethod,
                                                    kType};
template <const Type* kType>
inline constexpr BuiltinFunction kBuiltinDelItem = {{&kBuiltinFunctionType},
                                                    q::dunder_delitem,
                                                    2,
                                                    2,
                                                    false,
                                                    DelItemMethod,
                                                    kType};

// Calls self.<special method>(args...) if the class of `self` defines it;
// returns false when it does not. *result receives what it returned.
bool CallSpecialMethod(Value self, Qstr name, size_t n_args, const Value* args,
                       Value* result);

// The built-in number `value` stands for in int(), float() and complex():
// for an instance of a class, what its `method` (__int__, __float__,
// __complex__) returns (TypeError unless of `result_type`), else the number
// inside an instance of a number subclass, else what __index__ returns.
// Other values come back as they are.
Value NumberOfInstance(Value value, Qstr method, const Type* result_type);

// Prints the built-in object inside an instance of a class derived from a
// built-in type (an exception with its class's name); false when there is
// none. object.__repr__ and object.__str__ use it.
bool PrintNative(const Printer& printer, Value self, PrintKind kind);

// The slots every class gets (instance.cc).
void PrintInstance(const Printer& printer, Value self, PrintKind kind);
Value MakeNewInstance(const Type* type, size_t n_args, size_t n_kw,
                      const Value* args);
Value CallInstance(Value self, size_t n_args, size_t n_kw, const Value* args);
Value InstanceUnaryOp(UnaryOp op, Value self);
Value InstanceBinaryOp(BinaryOp op, Value lhs, Value rhs);
// `lhs op rhs` asked of rhs (rhs.__radd__(lhs), or for comparisons the
// swapped one, rhs.__gt__(lhs) for lhs < rhs); null when rhs has none.
Value InstanceReflectedBinaryOp(BinaryOp op, Value rhs, Value lhs);
void InstanceAttr(Value self, Qstr attr, Value* dest);
Value InstanceSubscr(Value self, Value index, Value value);
Value InstanceGetIter(Value self);
Value InstanceIterNext(Value self);

// Stores or deletes (value null) an attribute in the instance's own dict,
// without looking at the class: object.__setattr__ and object.__delattr__.
void StoreInstanceMember(Value self, Qstr attr, Value value);

}  // namespace mp::objects

#endif  // MP_OBJECTS_INSTANCE_H_
