// Modules: a namespace (the dict that the module's code uses as its globals)
// with a name.
#ifndef MP_OBJECTS_MODULE_H_
#define MP_OBJECTS_MODULE_H_

#include "objects/dict.h"
#include "objects/object.h"

namespace mp::objects {

extern const Type kModuleType;

struct Module {
  Object base;
  Dict* dict;  // the module's globals
};

// A module whose globals hold __name__ = name.
Module* NewModule(Qstr name);

}  // namespace mp::objects

#endif  // MP_OBJECTS_MODULE_H_
