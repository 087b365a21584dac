#include "hal/testing/uart.h"

#include <cstdlib>

#include "hal/testing/time.h"

namespace mp::hal {
namespace {

testing::FakeUart& Ports(int port) {
  static testing::FakeUart ports[testing::kFakeUartCount] = {
      {true, false, {}, {}}, {true, false, {}, {}}};
  return ports[port];
}

// The module must only use ports that UartExists accepted.
testing::FakeUart& ExistingPort(int port) {
  if (!UartExists(port)) abort();
  return Ports(port);
}

}  // namespace

bool UartExists(int port) {
  return port >= 0 && port < testing::kFakeUartCount && Ports(port).exists;
}

bool UartInit(int port, const UartConfig& config) {
  testing::FakeUart& uart = ExistingPort(port);
  if (config.bits < 7 || config.bits > 9 || config.baudrate == 0 ||
      config.baudrate > testing::kFakeUartMaxBaudrate) {
    return false;
  }
  uart.initialized = true;
  uart.config = config;
  return true;
}

void UartDeinit(int port) { ExistingPort(port).initialized = false; }

void UartWrite(int port, const uint8_t* data, size_t length) {
  ExistingPort(port).received.append(reinterpret_cast<const char*>(data),
                                     length);
}

size_t UartAny(int port) { return ExistingPort(port).received.size(); }

// Nothing arrives while the test waits: an empty port waits out the timeout
// on the fake clock.
int UartReadByte(int port, uint32_t timeout_ms) {
  std::string& received = ExistingPort(port).received;
  if (received.empty()) {
    testing::AdvanceFakeClockUs(uint64_t{timeout_ms} * 1000);
    return -1;
  }
  auto byte = static_cast<unsigned char>(received.front());
  received.erase(0, 1);
  return byte;
}

namespace testing {

const FakeUart& GetFakeUart(int port) { return Ports(port); }

void SetFakeUartExists(int port, bool exists) { Ports(port).exists = exists; }

void AddFakeUartInput(int port, const std::string& bytes) {
  ExistingPort(port).received += bytes;
}

void ResetFakeUarts() {
  for (int port = 0; port < kFakeUartCount; ++port) {
    Ports(port) = FakeUart{port < 2, false, {}, {}};
  }
}

}  // namespace testing
}  // namespace mp::hal
