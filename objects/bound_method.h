// A method taken from an object without calling it (`f = obj.method`): the
// function and self.
#ifndef MP_OBJECTS_BOUND_METHOD_H_
#define MP_OBJECTS_BOUND_METHOD_H_

#include "objects/object.h"

namespace mp::objects {

extern const Type kBoundMethodType;

struct BoundMethod {
  Object base;
  Value function;
  Value self;
};

Value NewBoundMethod(Value function, Value self);

}  // namespace mp::objects

#endif  // MP_OBJECTS_BOUND_METHOD_H_
