// filter(function, iterable): the items for which function (or, for None, the
// item) is true.
#include "objects/builtin_iterators.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

struct Filter {
  Object base;
  Value function;
  Value iterator;
};

Value MakeNewFilter(const Type* type, size_t n_args, size_t n_kw,
                    const Value* args) {
  CheckArgCount(n_args, n_kw, 2, 2, false);
  auto* filter = New<Filter>();
  filter->base.type = type;
  filter->function = args[0];
  filter->iterator = GetIter(args[1]);
  return Value(&filter->base);
}

Value FilterNext(Value self) {
  auto* filter = self.As<Filter>();
  for (;;) {
    Value item = IterNext(filter->iterator);
    if (item.IsNull()) return Value();
    Value verdict =
        filter->function.IsNone() ? item : Call(filter->function, 1, 0, &item);
    if (IsTrue(verdict)) return item;
  }
}

}  // namespace

const Type kFilterType = {
    .base = {&kTypeType},
    .name = q::filter,
    .make_new = MakeNewFilter,
    .get_iter = [](Value self) { return self; },
    .iter_next = FilterNext,
};

}  // namespace mp::objects
