// The os module of the boards: uname() and sep. There is no file system on
// the boards yet, so nothing else.
#ifndef MP_MODULES_OS_OS_MODULE_H_
#define MP_MODULES_OS_OS_MODULE_H_

#include "objects/value.h"

namespace mp::modules {

objects::Value MakeOsModule();

}  // namespace mp::modules

#endif  // MP_MODULES_OS_OS_MODULE_H_
