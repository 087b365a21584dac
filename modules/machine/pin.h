// machine.Pin: a general-purpose pin of the board (hal/pin.h).
#ifndef MP_MODULES_MACHINE_PIN_H_
#define MP_MODULES_MACHINE_PIN_H_

#include "objects/object.h"
#include "objects/value.h"

namespace mp::modules {

extern const objects::Type kPinType;

// The board's pin that a Python value names: a Pin, a pin number, or the
// board's name for it ("GP25", "LED", "A0"). Raises ValueError for a pin the
// board does not have.
int PinNumberArg(objects::Value value);

}  // namespace mp::modules

#endif  // MP_MODULES_MACHINE_PIN_H_
