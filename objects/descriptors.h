// property, classmethod and staticmethod: objects that change what a class
// attribute gives when it is loaded (see BindClassAttribute in class.h).
#ifndef MP_OBJECTS_DESCRIPTORS_H_
#define MP_OBJECTS_DESCRIPTORS_H_

#include "objects/object.h"

namespace mp::objects {

extern const Type kPropertyType;
extern const Type kClassMethodType;
extern const Type kStaticMethodType;

struct Property {
  Object base;
  Value getter;  // None when absent
  Value setter;
  Value deleter;
};

// classmethod(f) and staticmethod(f).
struct MethodWrapper {
  Object base;
  Value function;
};

}  // namespace mp::objects

#endif  // MP_OBJECTS_DESCRIPTORS_H_
