// zip(*iterables): tuples of the items at each position, up to the shortest.
#include "objects/builtin_iterators.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/tuple.h"

namespace mp::objects {
namespace {

struct Zip {
  Object base;
  size_t count;
  Value iterators[];
};

Value MakeNewZip(const Type* type, size_t n_args, size_t n_kw,
                 const Value* args) {
  CheckArgCount(n_args, n_kw, 0, SIZE_MAX, false);
  auto* zip = New<Zip>(n_args * sizeof(Value));
  zip->base.type = type;
  zip->count = n_args;
  for (size_t i = 0; i < n_args; ++i) zip->iterators[i] = GetIter(args[i]);
  return Value(&zip->base);
}

Value ZipNext(Value self) {
  auto* zip = self.As<Zip>();
  if (zip->count == 0) return Value();
  Tuple* items = NewTuple(zip->count, nullptr);
  for (size_t i = 0; i < zip->count; ++i) {
    Value item = IterNext(zip->iterators[i]);
    if (item.IsNull()) return Value();
    items->items[i] = item;
  }
  return Value(&items->base);
}

}  // namespace

const Type kZipType = {
    .base = {&kTypeType},
    .name = q::zip,
    .make_new = MakeNewZip,
    .get_iter = [](Value self) { return self; },
    .iter_next = ZipNext,
};

}  // namespace mp::objects
