// super(type, obj): attribute lookup that starts after `type` in the method
// resolution order of obj's class. The compiler turns a bare super() into
// super(__class__, <first argument>).
#ifndef MP_OBJECTS_SUPER_H_
#define MP_OBJECTS_SUPER_H_

#include "objects/object.h"

namespace mp::objects {

extern const Type kSuperType;

struct Super {
  Object base;
  const Type* type;
  Value object;  // an instance of type, or a subclass of it
};

}  // namespace mp::objects

#endif  // MP_OBJECTS_SUPER_H_
