// range: an arithmetic progression, iterated without building a list.
#ifndef MP_OBJECTS_RANGE_H_
#define MP_OBJECTS_RANGE_H_

#include <stdint.h>

#include "objects/object.h"

namespace mp::objects {

extern const Type kRangeType;

struct Range {
  Object base;
  intptr_t start;
  intptr_t stop;
  intptr_t step;
};

}  // namespace mp::objects

#endif  // MP_OBJECTS_RANGE_H_
