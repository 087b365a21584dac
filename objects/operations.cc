#include "objects/operations.h"

#include "objects/big_int.h"
#include "objects/bound_method.h"
#include "objects/builtin_function.h"
#include "objects/class.h"
#include "objects/descriptors.h"
#include "objects/exception.h"
#include "objects/exception_group.h"
#include "objects/float.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/map.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

constexpr Qstr kUnaryOpNames[] = {
#define MP_X(name, qstr) q::qstr,
    MP_UNARY_OPS(MP_X)
#undef MP_X
};

constexpr Qstr kBinaryOpNames[] = {
#define MP_X(name, qstr) q::qstr,
    MP_BINARY_OPS(MP_X)
#undef MP_X
};

Value ContainsByIteration(Value container, Value item) {
  Value iterator = GetIter(container);
  for (Value x = IterNext(iterator); !x.IsNull(); x = IterNext(iterator)) {
    if (Equal(x, item)) return Value::True();
  }
  return Value::False();
}

bool IsExceptionTypeOrTuple(Value match) {
  if (IsType(match)) return IsSubclass(match.As<Type>(), &kBaseExceptionType);
  if (TypeOf(match) != &kTupleType) return false;
  const auto* tuple = match.As<Tuple>();
  for (size_t i = 0; i < tuple->length; ++i) {
    if (!IsExceptionTypeOrTuple(tuple->items[i])) return false;
  }
  return true;
}

// The == operator. Unlike Equal, it does not take identity for equality
// first: a NaN is not equal to itself.
bool EqualOperator(Value a, Value b) {
  if (a.IsSmallInt() && b.IsSmallInt()) return a == b;
  if (a.IsQstr() && b.IsQstr()) return a == b;
  const Type* a_type = TypeOf(a);
  if (a_type->binary_op != nullptr) {
    Value result = a_type->binary_op(BinaryOp::kEqual, a, b);
    if (!result.IsNull()) return IsTrue(result);
  }
  const Type* b_type = TypeOf(b);
  if (b_type != a_type && b_type->binary_op != nullptr) {
    Value result = b_type->binary_op(BinaryOp::kEqual, b, a);
    if (!result.IsNull()) return IsTrue(result);
  }
  return a == b;
}

// a == b or a != b (op) where either is an instance of a class: what its
// __eq__ or __ne__ returns, which need not be a bool, asking a first, then
// b; else the built-in values inside compare, else identity decides.
Value InstanceEquality(BinaryOp op, Value a, Value b) {
  Value operands[2] = {a, b};
  for (int i = 0; i < 2; ++i) {
    Value self = operands[i];
    Value other = operands[1 - i];
    if (!IsInstanceObject(self)) continue;
    Value result;
    if (CallSpecialMethod(self, BinaryOpName(op), 1, &other, &result) &&
        result != NotImplemented()) {
      return result;
    }
    // Without __ne__, != is the opposite of __eq__.
    if (op == BinaryOp::kNotEqual &&
        CallSpecialMethod(self, q::dunder_eq, 1, &other, &result) &&
        result != NotImplemented()) {
      return Value::Bool(!IsTrue(result));
    }
  }
  Value native_a = NativeValue(a);
  Value native_b = NativeValue(b);
  bool equal = IsInstanceObject(native_a) || IsInstanceObject(native_b)
                   ? a == b
                   : EqualOperator(native_a, native_b);
  return Value::Bool(equal == (op == BinaryOp::kEqual));
}

// lhs op rhs by the operands' slots and reflected special methods; null when
// neither supports it.
Value TryBinaryOperation(BinaryOp op, Value lhs, Value rhs) {
  const Type* lhs_type = TypeOf(lhs);
  if (lhs_type->binary_op != nullptr) {
    Value result = lhs_type->binary_op(op, lhs, rhs);
    if (!result.IsNull()) return result;
  }
  const Type* rhs_type = TypeOf(rhs);
  // Comparisons swap to the other side whatever its type; arithmetic asks
  // rhs.__rop__ only of another class.
  if (IsClass(rhs_type) &&
      (rhs_type != lhs_type || PlainBinaryOp(op) <= BinaryOp::kNotEqual)) {
    Value result = InstanceReflectedBinaryOp(op, rhs, lhs);
    if (!result.IsNull()) return result;
  }
  // n * sequence is sequence * n.
  if (PlainBinaryOp(op) == BinaryOp::kMultiply) {
    if (rhs_type != lhs_type && rhs_type->binary_op != nullptr) {
      Value result = rhs_type->binary_op(BinaryOp::kMultiply, rhs, lhs);
      if (!result.IsNull()) return result;
    }
  }
  return Value();
}

// The built-in value an operand stands for once its class's special methods
// have had their say.
Value PlainOperand(BinaryOp op, Value operand) {
  if (!IsInstanceObject(operand)) return operand;
  Value native = operand.As<Instance>()->native;
  if (!native.IsNull()) return native;
  if (PlainBinaryOp(op) == BinaryOp::kMultiply) {
    Value index = TryIndex(operand);
    if (!index.IsNull()) return index;
  }
  return operand;
}

}  // namespace

Qstr UnaryOpName(UnaryOp op) { return kUnaryOpNames[static_cast<int>(op)]; }
Qstr BinaryOpName(BinaryOp op) { return kBinaryOpNames[static_cast<int>(op)]; }

const Type* TypeOfImmediate(Value value) {
  static constexpr const Type* kTypes[] = {&kNoneType, &kBoolType, &kBoolType,
                                           &kEllipsisType};
  return kTypes[value.ImmediateIndex() & 3];
}

bool IsSubclass(const Type* type, const Type* base) {
  if (base == &kObjectType) return true;
  // ExceptionGroup derives from both BaseExceptionGroup and Exception; its
  // base_type chain holds the second.
  if (base == &kBaseExceptionGroupType && !IsClass(type)) {
    return type == &kBaseExceptionGroupType || type == &kExceptionGroupType;
  }
  if (IsClass(type)) {
    const Tuple* mro = reinterpret_cast<const Class*>(type)->mro;
    for (size_t i = 0; i < mro->length; ++i) {
      if (mro->items[i] == Value(&base->base)) return true;
    }
    return false;
  }
  for (; type != nullptr; type = type->base_type) {
    if (type == base) return true;
  }
  return false;
}

bool IsTrue(Value value) {
  if (value == Value::False() || value.IsNone()) return false;
  if (value == Value::True()) return true;
  if (value.IsSmallInt()) return value.AsSmallInt() != 0;
  const Type* type = TypeOf(value);
  if (type->unary_op != nullptr) {
    Value result = type->unary_op(UnaryOp::kBool, value);
    if (!result.IsNull()) return result == Value::True();
    result = type->unary_op(UnaryOp::kLen, value);
    if (!result.IsNull()) return result.AsSmallInt() != 0;
  }
  return true;
}

Value UnaryOperation(UnaryOp op, Value operand) {
  if (op == UnaryOp::kNot) return Value::Bool(!IsTrue(operand));
  if (op == UnaryOp::kBool) return Value::Bool(IsTrue(operand));
  const Type* type = TypeOf(operand);
  if (type->unary_op != nullptr) {
    Value result = type->unary_op(op, operand);
    if (!result.IsNull()) return result;
  }
  if (op == UnaryOp::kLen) {
    RaiseFormat(&kTypeErrorType, "object of type '%q' has no len()",
                type->name);
  }
  if (op == UnaryOp::kHash) {
    // Objects without a hash of their own hash by identity.
    return Value::SmallInt(static_cast<intptr_t>(operand.bits() >> 2));
  }
  RaiseFormat(&kTypeErrorType, "unsupported type for %q: '%q'", UnaryOpName(op),
              type->name);
}

Value BinaryOperation(BinaryOp op, Value lhs, Value rhs) {
  if (lhs.IsSmallInt() && rhs.IsSmallInt()) {
    Value result = SmallIntBinaryOp(op, lhs.AsSmallInt(), rhs.AsSmallInt());
    if (!result.IsNull()) return result;
  }
#if MP_HAS_FLOAT
  // Float arithmetic straight away (the interpreter's inline path is for
  // small ints only: more there costs its frame's layout).
  if (IsFloat(lhs) && IsFloat(rhs) && op != BinaryOp::kIs) {
    Value result = FloatOp(PlainBinaryOp(op), FloatValue(lhs), FloatValue(rhs));
    if (!result.IsNull()) return result;
  }
#endif
  switch (op) {
    case BinaryOp::kIs:
      return Value::Bool(lhs == rhs);
    case BinaryOp::kEqual:
    case BinaryOp::kNotEqual:
      if (IsInstanceObject(lhs) || IsInstanceObject(rhs)) {
        return InstanceEquality(op, lhs, rhs);
      }
      return Value::Bool(EqualOperator(lhs, rhs) == (op == BinaryOp::kEqual));
    case BinaryOp::kExceptionMatch:
      if (!IsExceptionTypeOrTuple(rhs)) {
        RaiseMessage(
            &kTypeErrorType,
            "catching classes that do not inherit from BaseException is not "
            "allowed");
      }
      return Value::Bool(ExceptionMatches(lhs, rhs));
    case BinaryOp::kIn: {
      // `x in c` asks the container c.
      const Type* container_type = TypeOf(rhs);
      if (container_type->binary_op != nullptr) {
        Value result = container_type->binary_op(BinaryOp::kIn, rhs, lhs);
        if (!result.IsNull()) return result;
      }
      if (container_type->get_iter != nullptr)
        return ContainsByIteration(rhs, lhs);
      RaiseFormat(&kTypeErrorType, "argument of type '%q' is not iterable",
                  container_type->name);
    }
    default:
      break;
  }
  Value result = TryBinaryOperation(op, lhs, rhs);
  if (!result.IsNull()) return result;
  // After the special methods, an instance of a subclass of a built-in type
  // takes part as the built-in value inside it (1 + MyInt(2)), and in a
  // repetition an object with __index__ as its int ([0] * n).
  Value plain_lhs = PlainOperand(op, lhs);
  Value plain_rhs = PlainOperand(op, rhs);
  if (plain_lhs != lhs || plain_rhs != rhs) {
    result = TryBinaryOperation(op, plain_lhs, plain_rhs);
    if (!result.IsNull()) return result;
  }
  RaiseFormat(&kTypeErrorType, "unsupported types for %q: '%q', '%q'",
              BinaryOpName(op), TypeName(lhs), TypeName(rhs));
}

bool Equal(Value a, Value b) { return a == b || EqualOperator(a, b); }

uintptr_t Hash(Value value) {
  if (value.IsSmallInt()) return static_cast<uintptr_t>(value.AsSmallInt());
  if (value.IsQstr()) return Shared().qstrs.Hash(value.AsQstr());
  if (value == Value::False()) return 0;
  if (value == Value::True()) return 1;
  if (TypeOf(value)->flags & kTypeUnhashable) {
    RaiseFormat(&kTypeErrorType, "unhashable type: '%q'", TypeName(value));
  }
  Value hash = UnaryOperation(UnaryOp::kHash, value);
  return static_cast<uintptr_t>(hash.AsSmallInt());
}

void RaiseNotCallable(const Type* type) {
  RaiseFormat(&kTypeErrorType, "'%q' object isn't callable", type->name);
}

void CheckArgCount(size_t n_args, size_t n_kw, size_t min_args, size_t max_args,
                   bool takes_keywords) {
  if (n_kw != 0 && !takes_keywords) {
    RaiseMessage(&kTypeErrorType, "function doesn't take keyword arguments");
  }
  if (n_args >= min_args && n_args <= max_args) return;
  if (min_args == max_args) {
    RaiseFormat(&kTypeErrorType,
                "function takes %zu positional arguments but %zu were given",
                min_args, n_args);
  }
  if (n_args < min_args) {
    RaiseFormat(&kTypeErrorType,
                "function missing %zu required positional arguments",
                min_args - n_args);
  }
  RaiseFormat(&kTypeErrorType,
              "function expected at most %zu arguments, got %zu", max_args,
              n_args);
}

Value GetIter(Value iterable) {
  const Type* type = TypeOf(iterable);
  if (type->get_iter == nullptr) {
    RaiseFormat(&kTypeErrorType, "'%q' object isn't iterable", type->name);
  }
  return type->get_iter(iterable);
}

Value IterNext(Value iterator) {
  const Type* type = TypeOf(iterator);
  if (type->iter_next == nullptr) {
    RaiseFormat(&kTypeErrorType, "'%q' object isn't an iterator", type->name);
  }
  return type->iter_next(iterator);
}

void PrintValue(const Printer& printer, Value value, PrintKind kind) {
  // Containers print their items through here: a list that holds itself must
  // end in RuntimeError, not in a crashed C stack.
  CheckStack();
  const Type* type = TypeOf(value);
  if (type->print != nullptr) {
    type->print(printer, value, kind);
    return;
  }
  Printf(printer, "<%q object at 0x%lx>", type->name,
         static_cast<unsigned long>(value.bits()));
}

Value ToStr(Value value) {
  // A str subclass's instance becomes a plain str (through its __str__).
  if (value.IsQstr() || TypeOf(value) == &kStrType) return value;
  Vstr text;
  PrintValue(text.printer(), value, PrintKind::kStr);
  return NewStr(text.data(), text.length());
}

Value ToRepr(Value value) {
  Vstr text;
  PrintValue(text.printer(), value, PrintKind::kRepr);
  return NewStr(text.data(), text.length());
}

Value SizeUnaryOp(UnaryOp op, size_t size) {
  switch (op) {
    case UnaryOp::kBool:
      return Value::Bool(size != 0);
    case UnaryOp::kLen:
      return Value::SmallInt(static_cast<intptr_t>(size));
    default:
      return Value();
  }
}

size_t Length(Value value) {
  return static_cast<size_t>(UnaryOperation(UnaryOp::kLen, value).AsSmallInt());
}

Value Subscript(Value container, Value index) {
  const Type* type = TypeOf(container);
  // list[i] and tuple[i] with an in-range small int: the common case.
  if (index.IsSmallInt()) {
    intptr_t i = index.AsSmallInt();
    if (type == &kListType) {
      const auto* list = container.As<List>();
      if (i < 0) i += static_cast<intptr_t>(list->length);
      if (i >= 0 && static_cast<size_t>(i) < list->length) {
        return list->items[i];
      }
    } else if (type == &kTupleType) {
      const auto* tuple = container.As<Tuple>();
      if (i < 0) i += static_cast<intptr_t>(tuple->length);
      if (i >= 0 && static_cast<size_t>(i) < tuple->length) {
        return tuple->items[i];
      }
    }
  }
  if (type->subscr != nullptr) {
    Value result = type->subscr(container, index, Value::Sentinel());
    if (!result.IsNull()) return result;
  }
  RaiseFormat(&kTypeErrorType, "'%q' object isn't subscriptable", type->name);
}

void StoreSubscript(Value container, Value index, Value value) {
  const Type* type = TypeOf(container);
  // list[i] = value with an in-range small int: the common case.
  if (type == &kListType && index.IsSmallInt()) {
    auto* list = container.As<List>();
    intptr_t i = index.AsSmallInt();
    if (i < 0) i += static_cast<intptr_t>(list->length);
    if (i >= 0 && static_cast<size_t>(i) < list->length) {
      list->items[i] = value;
      return;
    }
  }
  if (type->subscr != nullptr &&
      !type->subscr(container, index, value).IsNull())
    return;
  RaiseFormat(&kTypeErrorType, "'%q' object doesn't support item assignment",
              type->name);
}

void DeleteSubscript(Value container, Value index) {
  const Type* type = TypeOf(container);
  if (type->subscr != nullptr &&
      !type->subscr(container, index, Value()).IsNull())
    return;
  RaiseFormat(&kTypeErrorType, "'%q' object doesn't support item deletion",
              type->name);
}

void BindBuiltinAttribute(Value found, Value type, Value* dest) {
  dest[0] = found;
  if (TypeOf(found) == &kClassMethodType) {
    dest[0] = found.As<MethodWrapper>()->function;
    dest[1] = type;
  }
}

bool TryLoadMethod(Value object, Qstr attr, Value* dest) {
  dest[0] = Value();
  dest[1] = Value();
  const Type* type = TypeOf(object);
  if (type->attr != nullptr) type->attr(object, attr, dest);
  for (const Type* t = type; dest[0].IsNull() && t != nullptr;
       t = t->base_type) {
    if (t->locals == nullptr) continue;
    if (const Value* found = StaticMapFind(*t->locals, attr)) {
      dest[1] = object;
      BindBuiltinAttribute(*found, Value(&type->base), dest);
    }
  }
  if (dest[0].IsNull() && attr == q::dunder_class) {
    dest[0] = Value(&type->base);  // (5).__class__ is int
  }
  return !dest[0].IsNull();
}

void LoadMethod(Value object, Qstr attr, Value* dest) {
  if (!TryLoadMethod(object, attr, dest)) {
    RaiseFormat(&kAttributeErrorType, "'%q' object has no attribute '%q'",
                TypeName(object), attr);
  }
}

void LoadMethodCached(Value object, Qstr attr, MethodCacheEntry* entry,
                      Value* dest) {
  const Type* type = TypeOf(object);
  if (entry->type == type && entry->name == attr) {
    dest[0] = entry->method;
    dest[1] = object;
    return;
  }
  LoadMethod(object, attr, dest);
  // Only what depends on the type and the name alone: no attr slot, not a
  // class (whose dicts change), a built-in function bound to the object.
  if (type->attr == nullptr && !IsClass(type) && dest[1] == object &&
      TypeOf(dest[0]) == &kBuiltinFunctionType) {
    entry->type = type;
    entry->name = attr;
    entry->method = dest[0];
  }
}

Value LoadAttr(Value object, Qstr attr) {
  Value dest[2];
  LoadMethod(object, attr, dest);
  return dest[1].IsNull() ? dest[0] : NewBoundMethod(dest[0], dest[1]);
}

// A null value deletes the attribute.
void StoreAttr(Value object, Qstr attr, Value value) {
  const Type* type = TypeOf(object);
  Value dest[2] = {Value::Sentinel(), value};
  if (type->attr != nullptr) type->attr(object, attr, dest);
  if (!dest[0].IsNull()) {
    RaiseFormat(&kAttributeErrorType, "'%q' object has no attribute '%q'",
                type->name, attr);
  }
}

Value TryIndex(Value value) {
  if (value.IsSmallInt() || IsBigInt(value)) return value;
  if (value.IsBool()) return Value::SmallInt(value == Value::True());
  if (!IsInstanceObject(value)) return Value();
  Value result;
  if (CallSpecialMethod(value, q::dunder_index, 0, nullptr, &result)) {
    if (!IsInt(NativeValue(result)) && !result.IsBool()) {
      RaiseFormat(&kTypeErrorType, "__index__ returned non-int (type %q)",
                  TypeName(result));
    }
    return TryIndex(result);
  }
  Value native = value.As<Instance>()->native;
  return native.IsNull() ? native : TryIndex(native);
}

intptr_t ToIntptr(Value value) {
  if (value.IsSmallInt()) return value.AsSmallInt();
  if (value.IsBool()) return value == Value::True();
  if (IsInstanceObject(value)) {
    Value index = TryIndex(value);
    if (!index.IsNull()) return ToIntptr(index);
  }
  if (TypeOf(value) == &kIntType) {
    RaiseMessage(&kOverflowErrorType,
                 "overflow converting long int to machine word");
  }
  RaiseFormat(&kTypeErrorType, "can't convert %q to int", TypeName(value));
}

size_t NormalizeIndex(Value index, size_t length, const char* type_name) {
  if (!index.IsSmallInt() && IsInstanceObject(index)) {
    Value int_index = TryIndex(index);
    if (!int_index.IsNull()) index = int_index;
  }
  if (!index.IsSmallInt() && !index.IsBool()) {
    // An int beyond the small ones is beyond every sequence.
    if (TypeOf(index) == &kIntType) {
      RaiseFormat(&kIndexErrorType, "%s index out of range", type_name);
    }
    RaiseFormat(&kTypeErrorType, "%s indices must be integers, not %q",
                type_name, TypeName(index));
  }
  intptr_t i = ToIntptr(index);
  if (i < 0) i += static_cast<intptr_t>(length);
  if (i < 0 || static_cast<size_t>(i) >= length) {
    RaiseFormat(&kIndexErrorType, "%s index out of range", type_name);
  }
  return static_cast<size_t>(i);
}

}  // namespace mp::objects
