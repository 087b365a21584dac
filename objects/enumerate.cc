// enumerate(iterable, start=0): (index, item) pairs.
#include "objects/builtin_iterators.h"
#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/tuple.h"

namespace mp::objects {
namespace {

struct Enumerate {
  Object base;
  Value iterator;
  Value next_index;
};

Value MakeNewEnumerate(const Type* type, size_t n_args, size_t n_kw,
                       const Value* args) {
  CheckArgCount(n_args, n_kw, 1, 2, true);
  Value start = n_args == 2 ? args[1] : Value::SmallInt(0);
  for (size_t i = 0; i < n_kw; ++i) {
    if (args[n_args + 2 * i] != Value::FromQstr(q::start) || n_args == 2) {
      RaiseFormat(&kTypeErrorType, "unexpected keyword argument '%q'",
                  args[n_args + 2 * i].AsQstr());
    }
    start = args[n_args + 2 * i + 1];
  }
  auto* enumerate = New<Enumerate>();
  enumerate->base.type = type;
  enumerate->iterator = GetIter(args[0]);
  // Any int (or what stands for one), however big.
  enumerate->next_index = TryIndex(start);
  if (enumerate->next_index.IsNull()) {
    RaiseFormat(&kTypeErrorType,
                "'%q' object cannot be interpreted as an integer",
                TypeName(start));
  }
  return Value(&enumerate->base);
}

Value EnumerateNext(Value self) {
  auto* enumerate = self.As<Enumerate>();
  Value item = IterNext(enumerate->iterator);
  if (item.IsNull()) return Value();
  Value pair[2] = {enumerate->next_index, item};
  enumerate->next_index = BinaryOperation(BinaryOp::kAdd, enumerate->next_index,
                                          Value::SmallInt(1));
  return Value(&NewTuple(2, pair)->base);
}

}  // namespace

const Type kEnumerateType = {
    .base = {&kTypeType},
    .name = q::enumerate,
    .make_new = MakeNewEnumerate,
    .get_iter = [](Value self) { return self; },
    .iter_next = EnumerateNext,
};

}  // namespace mp::objects
