// slice: the value of a[start:stop:step], and the index arithmetic that
// sequences share.
#ifndef MP_OBJECTS_SLICE_H_
#define MP_OBJECTS_SLICE_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/object.h"

namespace mp::objects {

extern const Type kSliceType;

struct Slice {
  Object base;
  Value start;  // each may be None
  Value stop;
  Value step;
};

Value NewSlice(Value start, Value stop, Value step);

// The positions a slice selects in a sequence of `length` items: the first, the
// step between them, and how many there are (Python's clamping rules). Raises
// ValueError for a zero step and TypeError for indices that are not ints.
// `stop` is the clamped end as slice.indices() gives it, which need not be
// start + count * step (slice(5, 2) on 10 items is (5, 2, 1), empty).
struct SliceRange {
  intptr_t start;
  intptr_t stop;
  intptr_t step;
  size_t count;
};
SliceRange ResolveSlice(const Slice* slice, size_t length);

inline bool IsSlice(Value value) {
  return value.IsObject() && value.AsObject()->type == &kSliceType;
}

}  // namespace mp::objects

#endif  // MP_OBJECTS_SLICE_H_
