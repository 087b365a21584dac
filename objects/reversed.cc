// reversed(sequence): the items from the last, by index.
#include "objects/builtin_iterators.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/list.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

struct Reversed {
  Object base;
  Value sequence;
  size_t remaining;
};

Value MakeNewReversed(const Type* type, size_t n_args, size_t n_kw,
                      const Value* args) {
  CheckArgCount(n_args, n_kw, 1, 1, false);
  Value sequence = args[0];
  Value result;
  if (IsInstanceObject(sequence) &&
      CallSpecialMethod(sequence, q::dunder_reversed, 0, nullptr, &result)) {
    return result;
  }
  const Type* sequence_type = TypeOf(sequence);
  if (sequence_type == &kDictType || sequence_type == &kDictKeysType ||
      sequence_type == &kDictValuesType || sequence_type == &kDictItemsType) {
    // A dict and its views reverse (Python 3.8): index a list of the items.
    sequence = Call(Value(&kListType.base), 1, 0, &sequence);
  } else if (sequence_type->subscr == nullptr ||
             sequence_type->unary_op == nullptr) {
    RaiseFormat(&kTypeErrorType, "'%q' object is not reversible",
                sequence_type->name);
  }
  auto* reversed = New<Reversed>();
  reversed->base.type = type;
  reversed->sequence = sequence;
  reversed->remaining = Length(sequence);
  return Value(&reversed->base);
}

Value ReversedNext(Value self) {
  auto* reversed = self.As<Reversed>();
  // A list may shrink meanwhile; stop rather than index past its end.
  size_t length = Length(reversed->sequence);
  if (reversed->remaining > length) reversed->remaining = length;
  if (reversed->remaining == 0) return Value();
  --reversed->remaining;
  return Subscript(reversed->sequence,
                   Value::SmallInt(static_cast<intptr_t>(reversed->remaining)));
}

}  // namespace

const Type kReversedType = {
    .base = {&kTypeType},
    .name = q::reversed,
    .make_new = MakeNewReversed,
    .get_iter = [](Value self) { return self; },
    .iter_next = ReversedNext,
};

}  // namespace mp::objects
