// What a USART's receive interrupt gathers for the code that reads it: a ring
// buffer, and the interrupt paused while the buffer is full, so that the next
// character waits in the USART (under QEMU, in the emulator, which then
// holds back the rest) instead of being dropped.
#ifndef MP_HAL_STM32_USART_INPUT_H_
#define MP_HAL_STM32_USART_INPUT_H_

#include <stddef.h>

#include "hal/serial/ring_buffer.h"
#include "hal/stm32/mmio.h"
#include "hal/stm32/usart.h"

namespace mp::hal::stm32 {

template <typename Character, size_t kCapacity>
class UsartInput {
 public:
  // From the port's interrupt routine: the character received, or -1 (none,
  // or no room for it).
  int Take(int port) {
    if ((Reg(UsartSr(port)) & kUsartSrReceived) == 0) return -1;
    if (buffer_.Full()) {
      UsartPauseReceive(port);
      paused_ = true;
      return -1;
    }
    // Reading DR also clears the error flags that SR showed.
    return static_cast<int>(Reg(UsartDr(port)) & UsartDataMask(port));
  }
  void Store(int character) { buffer_.Push(static_cast<Character>(character)); }

  size_t Count() const { return buffer_.Count(); }
  // The oldest character, or -1.
  int Pop(int port) {
    int character = buffer_.Pop();
    if (character >= 0 && paused_) {
      paused_ = false;
      UsartResumeReceive(port);
    }
    return character;
  }
  // While the port's interrupt is off.
  void Clear() {
    buffer_.Clear();
    paused_ = false;
  }

 private:
  serial::RingBuffer<Character, kCapacity> buffer_;
  volatile bool paused_ = false;
};

}  // namespace mp::hal::stm32

#endif  // MP_HAL_STM32_USART_INPUT_H_
