// What a UartConfig means for an STM32F4 USART's registers (RM0090 30.6):
// the frame bits of CR1 and CR2 and the baud rate divisor. Pure, so that the
// host tests it.
#ifndef MP_HAL_STM32_USART_SETTINGS_H_
#define MP_HAL_STM32_USART_SETTINGS_H_

#include <stdint.h>

#include "hal/uart.h"

namespace mp::hal::stm32 {

// USART_CR1 bits.
constexpr uint32_t kUsartCr1ReceiveEnable = 1u << 2;
constexpr uint32_t kUsartCr1TransmitEnable = 1u << 3;
constexpr uint32_t kUsartCr1RxInterrupt = 1u << 5;
constexpr uint32_t kUsartCr1ParityOdd = 1u << 9;
constexpr uint32_t kUsartCr1ParityEnable = 1u << 10;
constexpr uint32_t kUsartCr1NineBitWord = 1u << 12;
constexpr uint32_t kUsartCr1Enable = 1u << 13;
// USART_CR2's STOP field.
constexpr uint32_t kUsartCr2TwoStopBits = 2u << 12;

struct UsartSettings {
  uint32_t cr1_frame;  // M, PCE, PS
  uint32_t cr2;        // STOP
  uint32_t brr;
  // The data bits of a received character (DR holds the parity bit too).
  uint16_t data_mask;
};

// False when the USART cannot send this frame (7 data bits need parity, 9
// exclude it) or reach the baud rate from `clock_hz` (its APB clock) within
// 3%: the divisor counts sixteenths of a bit from 1 to 4095.9375.
bool ComputeUsartSettings(const UartConfig& config, uint32_t clock_hz,
                          UsartSettings* settings);

}  // namespace mp::hal::stm32

#endif  // MP_HAL_STM32_USART_SETTINGS_H_
