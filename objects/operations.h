// The operations on any value: they find the value's type and call its slots,
// with the fast paths (small ints, interned strings) inline where the VM needs
// them.
#ifndef MP_OBJECTS_OPERATIONS_H_
#define MP_OBJECTS_OPERATIONS_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/object.h"
#include "objects/print.h"
#include "objects/value.h"

namespace mp::objects {

extern const Type kIntType;
extern const Type kStrType;
extern const Type kNoneType;
extern const Type kBoolType;
extern const Type kEllipsisType;

extern const Type kNotImplementedType;
extern const Object kNotImplementedObject;

inline Value NotImplemented() { return Value(&kNotImplementedObject); }

const Type* TypeOfImmediate(Value value);

inline const Type* TypeOf(Value value) {
  if (value.IsSmallInt()) return &kIntType;
  if (value.IsQstr()) return &kStrType;
  if (value.IsImmediate()) return TypeOfImmediate(value);
  return value.AsObject()->type;
}

inline Qstr TypeName(Value value) { return TypeOf(value)->name; }

bool IsSubclass(const Type* type, const Type* base);
inline bool IsInstance(Value value, const Type* type) {
  return IsSubclass(TypeOf(value), type);
}
inline bool IsType(Value value) {
  return value.IsObject() && value.AsObject()->type == &kTypeType;
}

bool IsTrue(Value value);
Value UnaryOperation(UnaryOp op, Value operand);
Value BinaryOperation(BinaryOp op, Value lhs, Value rhs);
bool Equal(Value a, Value b);
// The hash of a hashable value; raises TypeError for others.
uintptr_t Hash(Value value);

[[noreturn]] void RaiseNotCallable(const Type* type);
// Arguments are n_args positional values, then n_kw (name, value) pairs.
// Inline: every call in the interpreter goes through here.
inline Value Call(Value function, size_t n_args, size_t n_kw,
                  const Value* args) {
  const Type* type = TypeOf(function);
  if (type->call == nullptr) RaiseNotCallable(type);
  return type->call(function, n_args, n_kw, args);
}
// Raises TypeError unless n_args is within [min_args, max_args] and keywords
// are allowed.
void CheckArgCount(size_t n_args, size_t n_kw, size_t min_args, size_t max_args,
                   bool takes_keywords);

Value GetIter(Value iterable);
// The next item, or the null Value when the iterator is exhausted.
Value IterNext(Value iterator);

void PrintValue(const Printer& printer, Value value, PrintKind kind);
// str(value) and repr(value), as str values.
Value ToStr(Value value);
Value ToRepr(Value value);

// The unary slot's answer for bool() and len() of a container holding `size`
// items; null for other operators.
Value SizeUnaryOp(UnaryOp op, size_t size);

// len(value) as a size; raises TypeError when value has no length.
size_t Length(Value value);
Value Subscript(Value container, Value index);
void StoreSubscript(Value container, Value index, Value value);
void DeleteSubscript(Value container, Value index);

// Attribute access, with MicroPython's AttributeError wording.
Value LoadAttr(Value object, Qstr attr);
// Fills dest[0] (and dest[1] = self for a method) as the attr slot protocol
// describes.
void LoadMethod(Value object, Qstr attr, Value* dest);
// Fills dest for `found`, an entry of a built-in type's locals reached
// through `type` or an instance of it: a classmethod (bytes.fromhex) binds to
// the type; anything else is dest[0] as it is, dest[1] left to the caller.
void BindBuiltinAttribute(Value found, Value type, Value* dest);
// As LoadMethod, but returns false instead of raising when there is no such
// attribute.
bool TryLoadMethod(Value object, Qstr attr, Value* dest);
// What a LoadMethod instruction found last: the method of a built-in type
// (whose method tables are constant, so the entry never goes stale).
struct MethodCacheEntry {
  const Type* type = nullptr;
  Qstr name = 0;
  Value method;
};
// LoadMethod through the instruction's cache entry.
void LoadMethodCached(Value object, Qstr attr, MethodCacheEntry* entry,
                      Value* dest);
// Stores an attribute, or deletes it when value is null.
void StoreAttr(Value object, Qstr attr, Value value);

// The int value of an int or bool, or of an object that stands for one (an
// instance of an int subclass, or one with __index__); raises TypeError for
// anything else.
intptr_t ToIntptr(Value value);
// The int (small or big) that `value` gives where Python wants an integer
// (an index, a count, bin()): an int as it is, a bool as 0 or 1, the int
// inside an instance of an int subclass, or what the instance's __index__
// returns. Null when the value is none of these.
Value TryIndex(Value value);
// Converts a Python sequence index (negative counts from the end) into [0,
// length), or raises IndexError with "<type_name> index out of range".
size_t NormalizeIndex(Value index, size_t length, const char* type_name);

}  // namespace mp::objects

#endif  // MP_OBJECTS_OPERATIONS_H_
