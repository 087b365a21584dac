#include "hal/stm32/usart_settings.h"

namespace mp::hal::stm32 {

bool ComputeUsartSettings(const UartConfig& config, uint32_t clock_hz,
                          UsartSettings* settings) {
  // The word length M counts the parity bit.
  bool parity = config.parity != 0;
  uint32_t word_bits = config.bits + (parity ? 1 : 0);
  if (config.parity > 2 || (word_bits != 8 && word_bits != 9)) return false;
  if (config.stop != 1 && config.stop != 2) return false;
  if (config.baudrate == 0) return false;
  // With 16x oversampling BRR is the clock over the baud rate (mantissa and
  // a fraction in sixteenths), rounded.
  uint32_t brr = (clock_hz + config.baudrate / 2) / config.baudrate;
  if (brr < 16 || brr > 0xFFFF) return false;
  uint32_t actual = clock_hz / brr;
  uint32_t error = actual > config.baudrate ? actual - config.baudrate
                                            : config.baudrate - actual;
  if (error > config.baudrate / 33) return false;
  uint32_t cr1 = 0;
  if (word_bits == 9) cr1 |= kUsartCr1NineBitWord;
  if (parity) cr1 |= kUsartCr1ParityEnable;
  if (config.parity == 1) cr1 |= kUsartCr1ParityOdd;
  settings->cr1_frame = cr1;
  settings->cr2 = config.stop == 2 ? kUsartCr2TwoStopBits : 0;
  settings->brr = brr;
  settings->data_mask = static_cast<uint16_t>((1u << config.bits) - 1);
  return true;
}

}  // namespace mp::hal::stm32
