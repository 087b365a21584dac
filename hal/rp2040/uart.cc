// UART0 and UART1 (ARM PL011, RP2040 datasheet section 4.2): machine.UART,
// and UART0 as the console. Received bytes go from the receive interrupt into
// a ring buffer per port; the console and machine.UART(0) share port 0's.
#include "hal/uart.h"

#include "hal/cpu.h"
#include "hal/rp2040/internal.h"
#include "hal/rp2040/registers.h"
#include "hal/rp2040/uart_settings.h"
#include "hal/serial/ring_buffer.h"
#include "hal/time.h"

namespace mp::hal {
namespace rp2040 {
namespace {

constexpr uintptr_t kUartDr = 0x00;
constexpr uintptr_t kUartFr = 0x18;
constexpr uintptr_t kUartIbrd = 0x24;
constexpr uintptr_t kUartFbrd = 0x28;
constexpr uintptr_t kUartLcrH = 0x2c;
constexpr uintptr_t kUartCr = 0x30;
constexpr uintptr_t kUartIfls = 0x34;
constexpr uintptr_t kUartImsc = 0x38;

constexpr uint32_t kFrBusy = 1u << 3;
constexpr uint32_t kFrRxEmpty = 1u << 4;
constexpr uint32_t kFrTxFull = 1u << 5;
constexpr uint32_t kCrEnable = 1u << 0;
constexpr uint32_t kCrTxEnable = 1u << 8;
constexpr uint32_t kCrRxEnable = 1u << 9;
// Receive (FIFO at its trigger level) and receive timeout (bytes waiting in
// the FIFO for 32 bit periods) interrupts.
constexpr uint32_t kImscRx = 1u << 4;
constexpr uint32_t kImscRxTimeout = 1u << 6;
// DR's framing, parity and break error bits; such bytes are dropped.
constexpr uint32_t kDrErrors = 0x7u << 8;

// At 115200 baud a byte takes 87 us: the TX FIFO drains within this many
// polls unless the UART is stopped, and then output is dropped, not hung.
constexpr uint32_t kTxWaitLimit = 200000;

// Enough for a raw-paste window (128 bytes) and what follows it at once.
constexpr uint32_t kReceiveBufferBytes = 512;

struct Port {
  uintptr_t base;
  uint32_t reset_bit;
  int irq;
  int default_tx;
  int default_rx;
  bool open;
  int tx;
  int rx;
  UartConfig config;
  volatile int interrupt_character;
  void (*volatile on_interrupt)();
  serial::RingBuffer<uint8_t, kReceiveBufferBytes> received;
};

Port g_ports[2] = {
    {0x40034000,
     kResetUart0,
     kIrqUart0,
     0,
     1,
     false,
     -1,
     -1,
     {},
     -1,
     nullptr,
     {}},
    {0x40038000,
     kResetUart1,
     kIrqUart1,
     4,
     5,
     false,
     -1,
     -1,
     {},
     -1,
     nullptr,
     {}},
};

void ReceiveInterrupt(Port& port) {
  while (!(Reg(port.base + kUartFr) & kFrRxEmpty)) {
    uint32_t data = Reg(port.base + kUartDr);
    if (data & kDrErrors) continue;
    uint8_t byte = static_cast<uint8_t>(data);
    void (*on_interrupt)() = port.on_interrupt;
    if (on_interrupt != nullptr && byte == port.interrupt_character) {
      on_interrupt();
      continue;
    }
    port.received.Push(byte);  // a full buffer drops the byte
  }
  // An empty FIFO has cleared both receive interrupts. Writing UARTICR here
  // would be redundant on the PL011, and under rp2040js it would also clear
  // the interrupt of a byte that arrived after the last read, stranding it.
}

void ReleasePin(int pin) {
  if (pin >= 0) Reg(GpioCtrl(pin)) = kFunctionSio;
}

void RoutePin(int pin, bool input) {
  Reg(PadControl(pin)) =
      kPadDrive4mA | kPadSchmitt | (input ? kPadInputEnable | kPadPullUp : 0);
  Reg(GpioCtrl(pin)) = kFunctionUart;
}

// Sets the port up; the receive buffer is kept, so the console loses
// nothing it already received.
bool Configure(Port& port, const UartConfig& config) {
  int tx = config.tx >= 0 ? config.tx : port.default_tx;
  int rx = config.rx >= 0 ? config.rx : port.default_rx;
  int number = static_cast<int>(&port - g_ports);
  UartDivisors divisors;
  uint32_t line_control;
  if (!UartTxPinValid(number, tx) || !UartRxPinValid(number, rx) ||
      !UartBaudDivisors(PeripheralClockHz(), config.baudrate, &divisors) ||
      !UartLineControl(config.bits, config.parity, config.stop,
                       &line_control)) {
    return false;
  }
  if (!port.open) {
    if (!ResetAndUnreset(port.reset_bit)) return false;
  } else {
    // Let what is being sent go out at the old settings.
    WaitForBits(port.base + kUartFr, kFrBusy, 0, kTxWaitLimit);
    Reg(port.base + kUartCr) = 0;
    if (port.tx != tx) ReleasePin(port.tx);
    if (port.rx != rx) ReleasePin(port.rx);
  }
  Reg(port.base + kUartIbrd) = divisors.integer;
  Reg(port.base + kUartFbrd) = divisors.fraction;
  // Writing LCR_H latches the divisors too.
  Reg(port.base + kUartLcrH) = line_control;
  Reg(port.base + kUartIfls) = 0;  // interrupt at 1/8 full
  Reg(port.base + kUartImsc) = kImscRx | kImscRxTimeout;
  Reg(port.base + kUartCr) = kCrEnable | kCrTxEnable | kCrRxEnable;
  RoutePin(tx, false);
  RoutePin(rx, true);
  port.open = true;
  port.tx = tx;
  port.rx = rx;
  port.config = config;
  Reg(kNvicIser) = 1u << port.irq;
  return true;
}

}  // namespace

void ConsoleUartInit() { Configure(g_ports[0], UartConfig{}); }

void UartPutByte(int port, uint8_t byte) {
  uintptr_t base = g_ports[port].base;
  if (!WaitForBits(base + kUartFr, kFrTxFull, 0, kTxWaitLimit)) return;
  Reg(base + kUartDr) = byte;
}

int UartTakeByte(int port) { return g_ports[port].received.Pop(); }

void UartSetInterruptCharacter(int port, int character,
                               void (*on_interrupt)()) {
  Port& p = g_ports[port];
  p.on_interrupt = nullptr;
  p.interrupt_character = character;
  if (character >= 0) p.on_interrupt = on_interrupt;
}

}  // namespace rp2040

bool UartExists(int port) { return port == 0 || port == 1; }

bool UartInit(int port, const UartConfig& config) {
  return UartExists(port) && rp2040::Configure(rp2040::g_ports[port], config);
}

void UartDeinit(int port) {
  // UART0 is the console: it keeps running.
  if (port != 1 || !rp2040::g_ports[1].open) return;
  rp2040::Port& p = rp2040::g_ports[1];
  rp2040::Reg(rp2040::kNvicIcer) = 1u << p.irq;
  rp2040::Reg(p.base + rp2040::kUartCr) = 0;
  rp2040::ReleasePin(p.tx);
  rp2040::ReleasePin(p.rx);
  p.open = false;
  p.received.Clear();
}

void UartWrite(int port, const uint8_t* data, size_t length) {
  if (!UartExists(port) || !rp2040::g_ports[port].open) return;
  for (size_t i = 0; i < length; ++i) rp2040::UartPutByte(port, data[i]);
}

size_t UartAny(int port) {
  return UartExists(port) ? rp2040::g_ports[port].received.Count() : 0;
}

int UartReadByte(int port, uint32_t timeout_ms) {
  if (!UartExists(port)) return -1;
  uint32_t start = TicksMs();
  for (;;) {
    int byte = rp2040::UartTakeByte(port);
    if (byte >= 0) return byte;
    if (TicksMs() - start >= timeout_ms) return -1;
    Idle();
  }
}

}  // namespace mp::hal

extern "C" void Uart0Handler() {
  mp::hal::rp2040::ReceiveInterrupt(mp::hal::rp2040::g_ports[0]);
}

extern "C" void Uart1Handler() {
  mp::hal::rp2040::ReceiveInterrupt(mp::hal::rp2040::g_ports[1]);
}
