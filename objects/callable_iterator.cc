// iter(callable, sentinel): calls callable with no arguments until it returns
// the sentinel.
#include "objects/builtin_iterators.h"
#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

struct CallableIterator {
  Object base;
  Value callable;  // null once the sentinel has come
  Value sentinel;
};

Value CallableIteratorNext(Value self) {
  auto* iterator = self.As<CallableIterator>();
  if (iterator->callable.IsNull()) return Value();
  Value item = Call(iterator->callable, 0, 0, nullptr);
  if (Equal(item, iterator->sentinel)) {
    iterator->callable = Value();
    return Value();
  }
  return item;
}

const Type kCallableIteratorType = {
    .base = {&kTypeType},
    .name = q::callable_iterator,
    .get_iter = [](Value self) { return self; },
    .iter_next = CallableIteratorNext,
};

}  // namespace

Value NewCallableIterator(Value callable, Value sentinel) {
  if (TypeOf(callable)->call == nullptr) {
    RaiseMessage(&kTypeErrorType, "iter(v, w): v must be callable");
  }
  auto* iterator = New<CallableIterator>();
  iterator->base.type = &kCallableIteratorType;
  iterator->callable = callable;
  iterator->sentinel = sentinel;
  return Value(&iterator->base);
}

}  // namespace mp::objects
