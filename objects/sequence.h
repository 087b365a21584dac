// What tuple and list share: the operators that only read items, and printing.
#ifndef MP_OBJECTS_SEQUENCE_H_
#define MP_OBJECTS_SEQUENCE_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/object.h"
#include "objects/print.h"

namespace mp::objects {

// A sequence's items (items may be null when length is 0).
struct SequenceView {
  const Value* items;
  size_t length;
};

// <, >, <=, >= and == against another sequence of the same type (lexicographic,
// as Python defines them), and `in`. `other` is rhs's items when rhs is of the
// same type, or null. Returns null for other operators.
Value SequenceBinaryOp(BinaryOp op, SequenceView self, Value rhs,
                       const SequenceView* other);

// seq.index(x[, start[, stop]]): raises ValueError with `missing_message`.
Value SequenceIndex(SequenceView self, size_t n_args, const Value* args,
                    const char* missing_message);
// seq.count(x)
Value SequenceCount(SequenceView self, Value item);

// Prints the items between brackets, as repr; a one-item tuple gets its
// trailing comma.
void PrintSequence(const Printer& printer, const Value* items, size_t length,
                   char open, char close);

// How many items `sequence * times` has; raises MemoryError when that cannot be
// allocated.
size_t RepeatedLength(size_t length, intptr_t times);

}  // namespace mp::objects

#endif  // MP_OBJECTS_SEQUENCE_H_
