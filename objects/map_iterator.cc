// map(function, *iterables): function applied to the items at each position.
#include "objects/builtin_iterators.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

struct MapIterator {
  Object base;
  Value function;
  size_t count;
  Value iterators[];
};

Value MakeNewMap(const Type* type, size_t n_args, size_t n_kw,
                 const Value* args) {
  CheckArgCount(n_args, n_kw, 2, SIZE_MAX, false);
  auto* map = New<MapIterator>((n_args - 1) * sizeof(Value));
  map->base.type = type;
  map->function = args[0];
  map->count = n_args - 1;
  for (size_t i = 1; i < n_args; ++i) map->iterators[i - 1] = GetIter(args[i]);
  return Value(&map->base);
}

Value MapNext(Value self) {
  auto* map = self.As<MapIterator>();
  // The arguments live in a GC array, so that they stay reachable during the
  // call.
  auto* items = static_cast<Value*>(Allocate(map->count * sizeof(Value)));
  for (size_t i = 0; i < map->count; ++i) {
    items[i] = IterNext(map->iterators[i]);
    if (items[i].IsNull()) return Value();
  }
  Value result = Call(map->function, map->count, 0, items);
  Free(items);
  return result;
}

}  // namespace

const Type kMapType = {
    .base = {&kTypeType},
    .name = q::map,
    .make_new = MakeNewMap,
    .get_iter = [](Value self) { return self; },
    .iter_next = MapNext,
};

}  // namespace mp::objects
