#include "objects/exception_group.h"

#include "objects/builtin_function.h"
#include "objects/class.h"
#include "objects/exception.h"
#include "objects/list.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace mp::objects {
namespace {

// args is (message, exceptions as a tuple).
const Tuple* Parts(Value group) { return ExceptionData(group)->args; }
Value Message(Value group) { return Parts(group)->items[0]; }
const Tuple* Members(Value group) { return Parts(group)->items[1].As<Tuple>(); }

Value MakeGroup(const Type* type, Value message, const Tuple* exceptions) {
  Value parts[2] = {message, Value(&exceptions->base)};
  return NewException(type, 2, parts);
}

Value MakeNewExceptionGroup(const Type* type, size_t n_args, size_t n_kw,
                            const Value* args) {
  CheckArgCount(n_args, n_kw, 2, 2, false);
  if (!IsInstance(args[0], &kStrType)) {
    RaiseMessage(&kTypeErrorType, "argument 1 must be str");
  }
  List* items = NewList(0, nullptr);
  Value iterator = GetIter(args[1]);
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    ListAppend(items, item);
  }
  if (items->length == 0) {
    RaiseMessage(&kValueErrorType,
                 "second argument (exceptions) must be a non-empty sequence");
  }
  bool all_exceptions = true;
  for (size_t i = 0; i < items->length; ++i) {
    if (!IsException(items->items[i])) {
      RaiseFormat(&kValueErrorType,
                  "Item %zu of second argument (exceptions) "
                  "is not an exception",
                  i);
    }
    all_exceptions =
        all_exceptions && IsInstance(items->items[i], &kExceptionType);
  }
  if (type == &kExceptionGroupType && !all_exceptions) {
    RaiseMessage(&kTypeErrorType,
                 "Cannot nest BaseExceptions in an ExceptionGroup");
  }
  // BaseExceptionGroup of Exceptions only is an ExceptionGroup, as in CPython.
  if (type == &kBaseExceptionGroupType && all_exceptions) {
    type = &kExceptionGroupType;
  }
  return MakeGroup(type, args[0], NewTuple(items->length, items->items));
}

bool Matches(Value exception, Value condition) {
  if (IsType(condition) || TypeOf(condition) == &kTupleType) {
    return ExceptionMatches(exception, condition);
  }
  return IsTrue(Call(condition, 1, 0, &exception));
}

// A group with the same message and other members.
Value Derive(Value group, List* members) {
  if (members->length == 0) return Value::None();
  return NewExceptionGroup(Message(group), members->length, members->items);
}

Value SplitMethod(size_t, size_t, const Value* args) {
  Value parts[2];
  SplitExceptionGroup(args[0], args[1], &parts[0], &parts[1]);
  return Value(&NewTuple(2, parts)->base);
}

Value SubgroupMethod(size_t, size_t, const Value* args) {
  Value match;
  Value rest;
  SplitExceptionGroup(args[0], args[1], &match, &rest);
  return match;
}

Value DeriveMethod(size_t, size_t, const Value* args) {
  List* members = NewList(0, nullptr);
  Value iterator = GetIter(args[1]);
  for (Value item = IterNext(iterator); !item.IsNull();
       item = IterNext(iterator)) {
    ListAppend(members, item);
  }
  return NewExceptionGroup(Message(args[0]), members->length, members->items);
}

constexpr BuiltinFunction kSplit = {
    {&kBuiltinFunctionType}, q::split, 2, 2, false, SplitMethod,
    &kBaseExceptionGroupType};
constexpr BuiltinFunction kSubgroup = {
    {&kBuiltinFunctionType}, q::subgroup, 2, 2, false, SubgroupMethod,
    &kBaseExceptionGroupType};
constexpr BuiltinFunction kDerive = {
    {&kBuiltinFunctionType}, q::derive, 2, 2, false, DeriveMethod,
    &kBaseExceptionGroupType};
constexpr auto kGroupMethods = SortedByKey(StaticMapTable<3>{{
    {Value::FromQstr(q::split), Value(&kSplit.base)},
    {Value::FromQstr(q::subgroup), Value(&kSubgroup.base)},
    {Value::FromQstr(q::derive), Value(&kDerive.base)},
}});
constexpr StaticMap kGroupLocals = kGroupMethods.map();

void GroupAttr(Value self, Qstr attr, Value* dest) {
  if (dest[0].IsNull()) {
    if (attr == q::message) {
      dest[0] = Message(self);
      return;
    }
    if (attr == q::exceptions) {
      dest[0] = Value(&Members(self)->base);
      return;
    }
  }
  ExceptionAttr(self, attr, dest);
}

// str(eg) is "message (N sub-exceptions)", as in CPython.
void PrintGroup(const Printer& printer, Value self, PrintKind kind) {
  size_t n = Members(self)->length;
  if (kind == PrintKind::kRepr) {
    Printf(printer, "%q(", TypeName(self));
    PrintValue(printer, Message(self), PrintKind::kRepr);
    printer.Write(", [");
    for (size_t i = 0; i < n; ++i) {
      if (i > 0) printer.Write(", ");
      PrintValue(printer, Members(self)->items[i], PrintKind::kRepr);
    }
    printer.Write("])");
    return;
  }
  PrintValue(printer, Message(self), PrintKind::kStr);
  Printf(printer, " (%zu sub-exception%s)", n, n == 1 ? "" : "s");
}

}  // namespace

const Type kBaseExceptionGroupType = {
    .base = {&kTypeType},
    .name = q::BaseExceptionGroup,
    .print = PrintGroup,
    .make_new = MakeNewExceptionGroup,
    .attr = GroupAttr,
    .base_type = &kBaseExceptionType,
    .locals = &kGroupLocals,
};

// Its base is Exception; IsSubclass also counts it a BaseExceptionGroup.
const Type kExceptionGroupType = {
    .base = {&kTypeType},
    .name = q::ExceptionGroup,
    .print = PrintGroup,
    .make_new = MakeNewExceptionGroup,
    .attr = GroupAttr,
    .base_type = &kExceptionType,
    .locals = &kGroupLocals,
};

bool IsExceptionGroup(Value value) {
  return IsInstance(value, &kBaseExceptionGroupType);
}

Value NewExceptionGroup(Value message, size_t n, const Value* exceptions) {
  bool all_exceptions = true;
  for (size_t i = 0; i < n; ++i) {
    all_exceptions =
        all_exceptions && IsInstance(exceptions[i], &kExceptionType);
  }
  return MakeGroup(
      all_exceptions ? &kExceptionGroupType : &kBaseExceptionGroupType, message,
      NewTuple(n, exceptions));
}

void SplitExceptionGroup(Value group, Value condition, Value* match,
                         Value* rest) {
  if (Matches(group, condition)) {
    *match = group;
    *rest = Value::None();
    return;
  }
  List* matched = NewList(0, nullptr);
  List* unmatched = NewList(0, nullptr);
  const Tuple* members = Members(group);
  for (size_t i = 0; i < members->length; ++i) {
    Value member = members->items[i];
    if (IsExceptionGroup(member)) {
      Value sub_match;
      Value sub_rest;
      SplitExceptionGroup(member, condition, &sub_match, &sub_rest);
      if (!sub_match.IsNone()) ListAppend(matched, sub_match);
      if (!sub_rest.IsNone()) ListAppend(unmatched, sub_rest);
    } else if (Matches(member, condition)) {
      ListAppend(matched, member);
    } else {
      ListAppend(unmatched, member);
    }
  }
  *match = unmatched->length == 0 ? group : Derive(group, matched);
  *rest = matched->length == 0 ? group : Derive(group, unmatched);
  if (unmatched->length == 0) *rest = Value::None();
  if (matched->length == 0) *match = Value::None();
}

}  // namespace mp::objects
