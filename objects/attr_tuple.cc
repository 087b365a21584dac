#include "objects/attr_tuple.h"

#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/print.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

// The field names sit after the items: a pointer to a static table, which the
// collector ignores as it points outside the heap.
const Qstr*& FieldsOf(const Tuple* tuple) {
  return *reinterpret_cast<const Qstr**>(
      const_cast<Value*>(&tuple->items[tuple->length]));
}

void PrintAttrTuple(const Printer& printer, Value self, PrintKind /*kind*/) {
  const auto* tuple = self.As<Tuple>();
  const Qstr* fields = FieldsOf(tuple);
  printer.Char('(');
  for (size_t i = 0; i < tuple->length; ++i) {
    if (i > 0) printer.Write(", ");
    Printf(printer, "%q=", fields[i]);
    PrintValue(printer, tuple->items[i], PrintKind::kRepr);
  }
  printer.Char(')');
}

void AttrTupleAttr(Value self, Qstr attr, Value* dest) {
  if (!dest[0].IsNull()) return;  // read-only
  const auto* tuple = self.As<Tuple>();
  const Qstr* fields = FieldsOf(tuple);
  for (size_t i = 0; i < tuple->length; ++i) {
    if (fields[i] == attr) {
      dest[0] = tuple->items[i];
      return;
    }
  }
}

}  // namespace

const Type kAttrTupleType = {
    .base = {&kTypeType},
    .name = q::tuple,
    .print = PrintAttrTuple,
    .unary_op = TupleUnaryOp,
    .binary_op = TupleBinaryOp,
    .attr = AttrTupleAttr,
    .subscr = TupleSubscr,
    .get_iter = TupleGetIter,
};

Tuple* NewAttrTuple(size_t n, const Qstr* fields, const Value* items) {
  auto* tuple = static_cast<Tuple*>(
      Allocate(sizeof(Tuple) + n * sizeof(Value) + sizeof(const Qstr*)));
  tuple->base.type = &kAttrTupleType;
  tuple->length = n;
  for (size_t i = 0; i < n; ++i) tuple->items[i] = items[i];
  FieldsOf(tuple) = fields;
  return tuple;
}

}  // namespace mp::objects
