#include "objects/descriptors.h"

#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

Property* NewProperty(Value getter, Value setter, Value deleter) {
  auto* property = New<Property>();
  property->base.type = &kPropertyType;
  property->getter = getter;
  property->setter = setter;
  property->deleter = deleter;
  return property;
}

// property(fget=None, fset=None, fdel=None, doc=None)
Value MakeNewProperty(const Type* /*type*/, size_t n_args, size_t n_kw,
                      const Value* args) {
  CheckArgCount(n_args, n_kw, 0, 4, true);
  Value parts[3] = {Value::None(), Value::None(), Value::None()};
  for (size_t i = 0; i < n_args && i < 3; ++i) parts[i] = args[i];
  for (size_t i = 0; i < n_kw; ++i) {
    Value name = args[n_args + 2 * i];
    Value value = args[n_args + 2 * i + 1];
    if (name == Value::FromQstr(q::fget)) {
      parts[0] = value;
    } else if (name == Value::FromQstr(q::fset)) {
      parts[1] = value;
    } else if (name == Value::FromQstr(q::fdel)) {
      parts[2] = value;
    } else if (name != Value::FromQstr(q::doc)) {
      RaiseFormat(&kTypeErrorType, "unexpected keyword argument '%q'",
                  name.AsQstr());
    }
  }
  return Value(&NewProperty(parts[0], parts[1], parts[2])->base);
}

// p.getter(f), p.setter(f), p.deleter(f): a copy with one part replaced, as
// the decorators @x.setter use.
Value PropertyWith(Value self, size_t part, Value function) {
  const auto* property = self.As<Property>();
  Value parts[3] = {property->getter, property->setter, property->deleter};
  parts[part] = function;
  return Value(&NewProperty(parts[0], parts[1], parts[2])->base);
}

Value PropertyGetter(size_t, size_t, const Value* args) {
  return PropertyWith(args[0], 0, args[1]);
}
Value PropertySetter(size_t, size_t, const Value* args) {
  return PropertyWith(args[0], 1, args[1]);
}
Value PropertyDeleter(size_t, size_t, const Value* args) {
  return PropertyWith(args[0], 2, args[1]);
}

constexpr BuiltinFunction kGetter = {
    {&kBuiltinFunctionType}, q::getter,     2, 2, false,
    PropertyGetter,          &kPropertyType};
constexpr BuiltinFunction kSetter = {
    {&kBuiltinFunctionType}, q::setter,     2, 2, false,
    PropertySetter,          &kPropertyType};
constexpr BuiltinFunction kDeleter = {
    {&kBuiltinFunctionType}, q::deleter,    2, 2, false,
    PropertyDeleter,         &kPropertyType};

constexpr auto kPropertyMethods = SortedByKey(StaticMapTable<3>{{
    {Value::FromQstr(q::getter), Value(&kGetter.base)},
    {Value::FromQstr(q::setter), Value(&kSetter.base)},
    {Value::FromQstr(q::deleter), Value(&kDeleter.base)},
}});
constexpr StaticMap kPropertyLocals = kPropertyMethods.map();

void PropertyAttr(Value self, Qstr attr, Value* dest) {
  if (!dest[0].IsNull()) return;
  const auto* property = self.As<Property>();
  if (attr == q::fget) {
    dest[0] = property->getter;
  } else if (attr == q::fset) {
    dest[0] = property->setter;
  } else if (attr == q::fdel) {
    dest[0] = property->deleter;
  }
}

Value MakeNewWrapper(const Type* type, size_t n_args, size_t n_kw,
                     const Value* args) {
  CheckArgCount(n_args, n_kw, 1, 1, false);
  auto* wrapper = New<MethodWrapper>();
  wrapper->base.type = type;
  wrapper->function = args[0];
  return Value(&wrapper->base);
}

void WrapperAttr(Value self, Qstr attr, Value* dest) {
  if (!dest[0].IsNull()) return;
  if (attr == q::dunder_func) dest[0] = self.As<MethodWrapper>()->function;
}

}  // namespace

const Type kPropertyType = {
    .base = {&kTypeType},
    .name = q::property,
    .make_new = MakeNewProperty,
    .attr = PropertyAttr,
    .locals = &kPropertyLocals,
};

const Type kClassMethodType = {
    .base = {&kTypeType},
    .name = q::classmethod,
    .make_new = MakeNewWrapper,
    .attr = WrapperAttr,
};

const Type kStaticMethodType = {
    .base = {&kTypeType},
    .name = q::staticmethod,
    .make_new = MakeNewWrapper,
    .attr = WrapperAttr,
};

}  // namespace mp::objects
