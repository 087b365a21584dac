// The test backend's serial ports: ports 0 and 1 exist unless a test says
// otherwise, and each is a loopback: what is written to it can be read back.
// UartInit accepts 7, 8 or 9 bits and baud rates up to 10 MHz.
#ifndef MP_HAL_TESTING_UART_H_
#define MP_HAL_TESTING_UART_H_

#include <string>

#include "hal/uart.h"

namespace mp::hal::testing {

inline constexpr int kFakeUartCount = 4;
inline constexpr uint32_t kFakeUartMaxBaudrate = 10'000'000;

struct FakeUart {
  bool exists;
  bool initialized;
  UartConfig config;     // as last initialized
  std::string received;  // bytes waiting to be read
};

const FakeUart& GetFakeUart(int port);
void SetFakeUartExists(int port, bool exists);
// Bytes arriving at the port from outside.
void AddFakeUartInput(int port, const std::string& bytes);
// Ports 0 and 1 exist, none is set up, nothing waits.
void ResetFakeUarts();

}  // namespace mp::hal::testing

#endif  // MP_HAL_TESTING_UART_H_
