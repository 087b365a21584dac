// Resetting the board (machine.reset). A soft reset, which only restarts the
// interpreter, needs nothing from the board.
#ifndef MP_HAL_RESET_H_
#define MP_HAL_RESET_H_

namespace mp::hal {

// Resets the whole chip, as the reset button does (the host program exits).
[[noreturn]] void HardReset();

}  // namespace mp::hal

#endif  // MP_HAL_RESET_H_
