// machine.UART: a serial port of the chip (hal/uart.h).
#ifndef MP_MODULES_MACHINE_UART_H_
#define MP_MODULES_MACHINE_UART_H_

#include "objects/object.h"

namespace mp::modules {

extern const objects::Type kUartType;

}  // namespace mp::modules

#endif  // MP_MODULES_MACHINE_UART_H_
