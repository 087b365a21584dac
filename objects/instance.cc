// The slots of classes: each looks for the special method along the class's
// method resolution order, and otherwise falls back to the built-in object
// inside the instance (for classes derived from built-in types).
#include "objects/instance.h"

#include "objects/builtin_function.h"
#include "objects/descriptors.h"
#include "objects/exception.h"
#include "objects/nlr.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"

namespace mp::objects {
namespace {

constexpr size_t kInlineArgs = 4;

// Looks up a special method on the class of self and binds it.
bool LoadSpecialMethod(Value self, Qstr name, Value* dest) {
  dest[0] = Value();
  dest[1] = Value();
  const Type* type = TypeOf(self);
  const Type* owner;
  Value found = LookupInMro(type, name, &owner);
  if (found.IsNull() || !IsClass(owner)) return false;
  BindClassAttribute(found, owner, self, type, dest);
  return true;
}

// Calls a method loaded into dest (dest[1] being self, or null) with n_args
// positional arguments and n_kw keyword pairs.
Value CallLoaded(const Value* dest, size_t n_args, size_t n_kw,
                 const Value* args) {
  if (dest[1].IsNull()) return Call(dest[0], n_args, n_kw, args);
  size_t total = 1 + n_args + 2 * n_kw;
  Value inline_args[kInlineArgs];
  Value* all = total <= kInlineArgs
                   ? inline_args
                   : static_cast<Value*>(Allocate(total * sizeof(Value)));
  all[0] = dest[1];
  for (size_t i = 0; i + 1 < total; ++i) all[i + 1] = args[i];
  Value result = Call(dest[0], n_args + 1, n_kw, all);
  if (all != inline_args) Free(all);
  return result;
}

Value Native(Value self) { return self.As<Instance>()->native; }

bool IsNotImplemented(Value value) { return value == NotImplemented(); }

constexpr Qstr kReflectedNames[] = {
    q::dunder_ror,       q::dunder_rxor,     q::dunder_rand,
    q::dunder_rlshift,   q::dunder_rrshift,  q::dunder_radd,
    q::dunder_rsub,      q::dunder_rmul,     q::dunder_rmatmul,
    q::dunder_rfloordiv, q::dunder_rtruediv, q::dunder_rmod,
    q::dunder_rpow,
};

// Iterates a class that has __getitem__ but no __iter__.
struct GetItemIterator {
  Object base;
  Value sequence;
  intptr_t index;
};

Value GetItemIteratorNext(Value self) {
  auto* iterator = self.As<GetItemIterator>();
  if (iterator->sequence.IsNull()) return Value();
  NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    Value index = Value::SmallInt(iterator->index);
    Value item = Subscript(iterator->sequence, index);
    NlrPop(nlr);
    ++iterator->index;
    return item;
  }
  if (IsInstance(nlr.exception, &kIndexErrorType) ||
      IsInstance(nlr.exception, &kStopIterationType)) {
    iterator->sequence = Value();
    return Value();
  }
  NlrJump(nlr.exception);
}

const Type kGetItemIteratorType = {
    .base = {&kTypeType},
    .name = q::iterator,
    .get_iter = [](Value self) { return self; },
    .iter_next = GetItemIteratorNext,
};

}  // namespace

Instance* NewInstance(const Type* type, Value native) {
  auto* instance = New<Instance>();
  instance->base.type = type;
  instance->native = native;
  instance->dict.base.type = &kDictType;
  if (type->flags & kTypeHasFinaliser) Shared().heap.SetFinaliser(instance);
  return instance;
}

Value MakeNativeOf(const Type* type, size_t n_args, size_t n_kw,
                   const Value* args, bool* args_taken) {
  *args_taken = false;
  const Type* base = reinterpret_cast<const Class*>(type)->native_base;
  if (base == nullptr) return Value();
  // Exceptions keep their args from creation (and get them again from
  // BaseException.__init__).
  bool is_exception = IsSubclass(base, &kBaseExceptionType);
  bool is_mutable = base->flags & kTypeUnhashable;
  if (!is_exception && is_mutable) return base->make_new(base, 0, 0, nullptr);
  *args_taken = !is_exception;
  return base->make_new(base, n_args, is_exception ? 0 : n_kw, args);
}

Value NewOfBuiltinType(const Type* type, size_t n_args, size_t n_kw,
                       const Value* args) {
  if (n_args == 0) {
    RaiseFormat(&kTypeErrorType, "%q.__new__(): not enough arguments",
                type->name);
  }
  if (!IsType(args[0])) {
    RaiseFormat(&kTypeErrorType, "%q.__new__(X): X is not a type object (%q)",
                type->name, TypeName(args[0]));
  }
  const Type* cls = args[0].As<Type>();
  if (!IsSubclass(cls, type)) {
    RaiseFormat(&kTypeErrorType, "%q.__new__(%q): %q is not a subtype of %q",
                type->name, cls->name, cls->name, type->name);
  }
  if (!IsClass(cls)) {
    // A mutable built-in is made empty: __init__ fills it.
    bool mutable_type = cls->flags & kTypeUnhashable;
    return mutable_type ? cls->make_new(cls, 0, 0, nullptr)
                        : cls->make_new(cls, n_args - 1, n_kw, args + 1);
  }
  bool args_taken;
  Value native = MakeNativeOf(cls, n_args - 1, n_kw, args + 1, &args_taken);
  return Value(&NewInstance(cls, native)->base);
}

Value GetItemMethod(size_t, size_t, const Value* args) {
  return Subscript(args[0], args[1]);
}

Value SetItemMethod(size_t, size_t, const Value* args) {
  StoreSubscript(args[0], args[1], args[2]);
  return Value::None();
}

Value DelItemMethod(size_t, size_t, const Value* args) {
  DeleteSubscript(args[0], args[1]);
  return Value::None();
}

bool CallSpecialMethod(Value self, Qstr name, size_t n_args, const Value* args,
                       Value* result) {
  Value method[2];
  if (!LoadSpecialMethod(self, name, method)) return false;
  *result = CallLoaded(method, n_args, 0, args);
  return true;
}

Value NumberOfInstance(Value value, Qstr method, const Type* result_type) {
  if (!IsInstanceObject(value)) return value;
  Value result;
  if (CallSpecialMethod(value, method, 0, nullptr, &result)) {
    if (!IsInstance(result, result_type)) {
      RaiseFormat(&kTypeErrorType, "%q returned non-%q (type %q)", method,
                  result_type->name, TypeName(result));
    }
    return NativeValue(result);
  }
  Value native = Native(value);
  if (!native.IsNull()) return native;
  Value index = TryIndex(value);
  return index.IsNull() ? value : index;
}

void PrintInstance(const Printer& printer, Value self, PrintKind kind) {
  Value result;
  Value native = Native(self);
  // str, bytes, bytearray and exceptions have a __str__ of their own: a
  // class derived from one that overrides only __repr__ keeps their str().
  bool own_str = !native.IsNull() &&
                 (IsInstance(native, &kStrType) || IsException(native) ||
                  TypeOf(native)->buffer != nullptr);
  bool found = (kind == PrintKind::kStr &&
                CallSpecialMethod(self, q::dunder_str, 0, nullptr, &result)) ||
               ((kind == PrintKind::kRepr || !own_str) &&
                CallSpecialMethod(self, q::dunder_repr, 0, nullptr, &result));
  if (found) {
    if (!IsInstance(result, &kStrType)) {
      RaiseFormat(&kTypeErrorType, "%s returned non-string (type %q)",
                  kind == PrintKind::kStr ? "__str__" : "__repr__",
                  TypeName(result));
    }
    size_t length;
    const char* data = StrData(result, &length);
    printer.Write(data, length);
    return;
  }
  if (PrintNative(printer, self, kind)) return;
  Printf(printer, "<%q object at 0x%lx>", TypeName(self),
         static_cast<unsigned long>(self.bits()));
}

bool PrintNative(const Printer& printer, Value self, PrintKind kind) {
  Value native = NativeValue(self);
  if (native == self) return false;
  // An exception's repr names its class (MyError('x')); other built-ins
  // print as their value.
  if (IsException(native)) {
    TypeOf(native)->print(printer, self, kind);
  } else {
    PrintValue(printer, native, kind);
  }
  return true;
}

Value MakeNewInstance(const Type* type, size_t n_args, size_t n_kw,
                      const Value* args) {
  const Type* owner;
  Value instance;
  Value new_method = LookupInMro(type, q::dunder_new, &owner);
  if (!new_method.IsNull() && IsClass(owner)) {
    if (TypeOf(new_method) == &kStaticMethodType) {
      new_method = new_method.As<MethodWrapper>()->function;
    }
    Value method[2] = {new_method, Value(&type->base)};
    instance = CallLoaded(method, n_args, n_kw, args);
    if (!IsInstance(instance, type)) return instance;
  } else {
    bool args_taken;
    Value native = MakeNativeOf(type, n_args, n_kw, args, &args_taken);
    instance = Value(&NewInstance(type, native)->base);
    Value init = LookupInMro(type, q::dunder_init, &owner);
    if ((init.IsNull() || owner == &kObjectType) && !args_taken &&
        (n_args > 0 || n_kw > 0)) {
      RaiseFormat(&kTypeErrorType, "%q() takes no arguments", type->name);
    }
  }
  Value init[2];
  if (LoadSpecialMethod(instance, q::dunder_init, init) ||
      (IsInstanceObject(instance) && !Native(instance).IsNull() &&
       TryLoadMethod(Native(instance), q::dunder_init, init))) {
    Value result = CallLoaded(init, n_args, n_kw, args);
    if (!result.IsNone()) {
      RaiseMessage(&kTypeErrorType, "__init__() should return None");
    }
  }
  return instance;
}

Value CallInstance(Value self, size_t n_args, size_t n_kw, const Value* args) {
  Value method[2];
  if (!LoadSpecialMethod(self, q::dunder_call, method)) {
    Value native = Native(self);
    if (!native.IsNull() && TypeOf(native)->call != nullptr) {
      return Call(native, n_args, n_kw, args);
    }
    RaiseFormat(&kTypeErrorType, "'%q' object isn't callable", TypeName(self));
  }
  return CallLoaded(method, n_args, n_kw, args);
}

Value InstanceUnaryOp(UnaryOp op, Value self) {
  Value result;
  if (CallSpecialMethod(self, UnaryOpName(op), 0, nullptr, &result)) {
    switch (op) {
      case UnaryOp::kBool:
        if (!result.IsBool()) {
          RaiseFormat(&kTypeErrorType,
                      "__bool__ should return bool, returned %q",
                      TypeName(result));
        }
        break;
      case UnaryOp::kLen:
        if (!result.IsSmallInt() && !result.IsBool()) {
          RaiseFormat(&kTypeErrorType,
                      "'%q' object cannot be interpreted as an integer",
                      TypeName(result));
        }
        if (ToIntptr(result) < 0) {
          RaiseMessage(&kValueErrorType, "__len__() should return >= 0");
        }
        result = Value::SmallInt(ToIntptr(result));
        break;
      case UnaryOp::kHash:
        if (!result.IsSmallInt()) {
          if (!IsInstance(result, &kIntType)) {
            RaiseMessage(&kTypeErrorType,
                         "__hash__ method should return an integer");
          }
          result = Value::SmallInt(static_cast<intptr_t>(Hash(result) >> 2));
        }
        break;
      default:
        break;
    }
    return result;
  }
  Value native = Native(self);
  if (!native.IsNull() && TypeOf(native)->unary_op != nullptr) {
    return TypeOf(native)->unary_op(op, native);
  }
  return Value();
}

Value InstanceBinaryOp(BinaryOp op, Value lhs, Value rhs) {
  Value result;
  if (op == BinaryOp::kIn) {
    if (CallSpecialMethod(lhs, q::dunder_contains, 1, &rhs, &result)) {
      return Value::Bool(IsTrue(result));
    }
  } else if (CallSpecialMethod(lhs, BinaryOpName(op), 1, &rhs, &result)) {
    if (!IsNotImplemented(result)) return result;
  } else if (op == BinaryOp::kNotEqual &&
             CallSpecialMethod(lhs, q::dunder_eq, 1, &rhs, &result)) {
    if (!IsNotImplemented(result)) return Value::Bool(!IsTrue(result));
  } else if (op >= BinaryOp::kInplaceOr) {
    // x += y without __iadd__ is x = x + y, when the class has __add__;
    // else a built-in object inside may do it in place (a list's +=).
    const Type* owner;
    Value plain =
        LookupInMro(TypeOf(lhs), BinaryOpName(PlainBinaryOp(op)), &owner);
    if (!plain.IsNull() && IsClass(owner)) {
      return InstanceBinaryOp(PlainBinaryOp(op), lhs, rhs);
    }
  }
  Value native = Native(lhs);
  if (!native.IsNull() && TypeOf(native)->binary_op != nullptr) {
    result = TypeOf(native)->binary_op(op, native, NativeValue(rhs));
    return result == native ? lhs : result;
  }
  return Value();
}

Value InstanceReflectedBinaryOp(BinaryOp op, Value rhs, Value lhs) {
  op = PlainBinaryOp(op);
  Qstr name;
  if (op <= BinaryOp::kNotEqual) {
    name = BinaryOpName(SwappedComparison(op));
  } else {
    if (op < BinaryOp::kOr || op > BinaryOp::kPower) return Value();
    name =
        kReflectedNames[static_cast<int>(op) - static_cast<int>(BinaryOp::kOr)];
  }
  Value result;
  if (CallSpecialMethod(rhs, name, 1, &lhs, &result) &&
      !IsNotImplemented(result)) {
    return result;
  }
  return Value();
}

void InstanceAttr(Value self, Qstr attr, Value* dest) {
  auto* instance = self.As<Instance>();
  const Type* type = instance->base.type;
  if (dest[0] == Value::Sentinel()) {
    // A store (dest[1] is the value) or a delete (both null).
    Value value = dest[1];
    if (type->flags & kTypeHasSetattrHooks) {
      Value method[2];
      Qstr hook = value.IsNull() ? q::dunder_delattr : q::dunder_setattr;
      if (LoadSpecialMethod(self, hook, method)) {
        Value args[2] = {Value::FromQstr(attr), value};
        CallLoaded(method, value.IsNull() ? 1 : 2, 0, args);
        dest[0] = Value();
        return;
      }
      const Type* owner;
      Value found = LookupInMro(type, attr, &owner);
      if (!found.IsNull() && TypeOf(found) == &kPropertyType) {
        const auto* property = found.As<Property>();
        Value function = value.IsNull() ? property->deleter : property->setter;
        if (function.IsNone()) {
          RaiseMessage(&kAttributeErrorType, value.IsNull()
                                                 ? "can't delete attribute"
                                                 : "can't set attribute");
        }
        Value args[2] = {self, value};
        Call(function, value.IsNull() ? 1 : 2, 0, args);
        dest[0] = Value();
        return;
      }
      if (!found.IsNull() && IsClass(TypeOf(found))) {
        Value args[2] = {self, value};
        if (CallSpecialMethod(found,
                              value.IsNull() ? q::dunder_delete : q::dunder_set,
                              value.IsNull() ? 1 : 2, args, &value)) {
          dest[0] = Value();
          return;
        }
      }
    }
    // A built-in object inside may own the attribute (an exception's args).
    Value native = instance->native;
    if (!native.IsNull() && TypeOf(native)->attr != nullptr) {
      TypeOf(native)->attr(native, attr, dest);
      if (dest[0].IsNull()) return;
    }
    StoreInstanceMember(self, attr, value);
    dest[0] = Value();
    return;
  }
  if (attr == q::dunder_class) {
    dest[0] = Value(&type->base);
    return;
  }
  if (attr == q::dunder_dict) {
    dest[0] = Value(&instance->dict.base);
    return;
  }
  // Without data descriptors on the class, the instance's own attributes
  // come first, and the common self.x needs no search along the MRO.
  bool has_data_descriptors = type->flags & kTypeHasSetattrHooks;
  if (!has_data_descriptors) {
    if (const Value* member = instance->dict.map.Find(Value::FromQstr(attr))) {
      dest[0] = *member;
      return;
    }
  }
  const Type* owner = nullptr;
  Value found = LookupInMro(type, attr, &owner);
  if (!found.IsNull() && has_data_descriptors &&
      (TypeOf(found) == &kPropertyType || IsClass(TypeOf(found)))) {
    // A data descriptor comes before the instance's own attributes.
    if (TypeOf(found) == &kPropertyType ||
        !LookupInMro(TypeOf(found), q::dunder_set).IsNull()) {
      BindClassAttribute(found, owner, self, type, dest);
      return;
    }
  }
  if (has_data_descriptors) {
    if (const Value* member = instance->dict.map.Find(Value::FromQstr(attr))) {
      dest[0] = *member;
      return;
    }
  }
  if (!found.IsNull()) {
    BindClassAttribute(found, owner, self, type, dest);
    return;
  }
  Value native = instance->native;
  if (!native.IsNull() && TypeOf(native)->attr != nullptr) {
    TypeOf(native)->attr(native, attr, dest);
    if (!dest[0].IsNull()) return;
  }
  if (type->flags & kTypeHasGetattr) {
    Value method[2];
    if (LoadSpecialMethod(self, q::dunder_getattr, method)) {
      Value name = Value::FromQstr(attr);
      dest[0] = CallLoaded(method, 1, 0, &name);
      dest[1] = Value();
    }
  }
}

void StoreInstanceMember(Value self, Qstr attr, Value value) {
  if (!IsInstanceObject(self)) {
    RaiseFormat(&kAttributeErrorType, "'%q' object has no attribute '%q'",
                TypeName(self), attr);
  }
  Map& members = self.As<Instance>()->dict.map;
  if (value.IsNull()) {
    if (!members.Remove(Value::FromQstr(attr))) {
      RaiseFormat(&kAttributeErrorType, "'%q' object has no attribute '%q'",
                  TypeName(self), attr);
    }
    return;
  }
  members.Store(Value::FromQstr(attr), value);
}

Value InstanceSubscr(Value self, Value index, Value value) {
  Value result;
  if (value == Value::Sentinel()) {
    if (CallSpecialMethod(self, q::dunder_getitem, 1, &index, &result))
      return result;
  } else if (value.IsNull()) {
    if (CallSpecialMethod(self, q::dunder_delitem, 1, &index, &result))
      return Value::None();
  } else {
    Value args[2] = {index, value};
    if (CallSpecialMethod(self, q::dunder_setitem, 2, args, &result))
      return Value::None();
  }
  Value native = Native(self);
  if (value == Value::Sentinel() && !native.IsNull() &&
      TypeOf(native) == &kDictType &&
      native.As<Dict>()->map.Find(index) == nullptr &&
      CallSpecialMethod(self, q::dunder_missing, 1, &index, &result)) {
    // A dict subclass answers for a missing key.
    return result;
  }
  if (!native.IsNull() && TypeOf(native)->subscr != nullptr) {
    return TypeOf(native)->subscr(native, index, value);
  }
  return Value();
}

Value InstanceGetIter(Value self) {
  Value result;
  if (CallSpecialMethod(self, q::dunder_iter, 0, nullptr, &result)) {
    if (TypeOf(result)->iter_next == nullptr) {
      RaiseFormat(&kTypeErrorType, "iter() returned non-iterator of type '%q'",
                  TypeName(result));
    }
    return result;
  }
  // A built-in object inside iterates as itself, even when the class
  // overrides __getitem__ (as list.__iter__ would in CPython).
  Value native = Native(self);
  if (!native.IsNull() && TypeOf(native)->get_iter != nullptr) {
    return TypeOf(native)->get_iter(native);
  }
  const Type* owner;
  Value getitem = LookupInMro(TypeOf(self), q::dunder_getitem, &owner);
  if (!getitem.IsNull() && IsClass(owner)) {
    // The old sequence protocol: self[0], self[1], ... until IndexError.
    auto* iterator = New<GetItemIterator>();
    iterator->base.type = &kGetItemIteratorType;
    iterator->sequence = self;
    return Value(&iterator->base);
  }
  RaiseFormat(&kTypeErrorType, "'%q' object isn't iterable", TypeName(self));
}

Value InstanceIterNext(Value self) {
  Value method[2];
  if (LoadSpecialMethod(self, q::dunder_next, method)) {
    NlrBuf nlr;
    if (MP_NLR_PUSH(nlr) == 0) {
      Value result = CallLoaded(method, 0, 0, nullptr);
      NlrPop(nlr);
      return result;
    }
    if (IsInstance(nlr.exception, &kStopIterationType)) return Value();
    NlrJump(nlr.exception);
  }
  Value native = Native(self);
  if (!native.IsNull() && TypeOf(native)->iter_next != nullptr) {
    return TypeOf(native)->iter_next(native);
  }
  RaiseFormat(&kTypeErrorType, "'%q' object isn't an iterator", TypeName(self));
}

}  // namespace mp::objects
