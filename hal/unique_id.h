// The chip's (or its flash's) serial number: machine.unique_id().
#ifndef MP_HAL_UNIQUE_ID_H_
#define MP_HAL_UNIQUE_ID_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::hal {

// Copies up to `capacity` bytes of the unique id into `buffer` and returns
// how many the id has (8 on RP2040, from its flash; 12 on STM32).
size_t UniqueId(uint8_t* buffer, size_t capacity);

}  // namespace mp::hal

#endif  // MP_HAL_UNIQUE_ID_H_
