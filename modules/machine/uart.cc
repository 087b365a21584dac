#include "modules/machine/uart.h"

#include <stdint.h>

#include "hal/uart.h"
#include "modules/machine/pin.h"
#include "modules/time/wait.h"
#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/print.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/vstr.h"

namespace mp::modules {
namespace {

using objects::BuiltinFunction;
using objects::Qstr;
using objects::Value;
namespace q = objects::q;

struct Uart {
  objects::Object base;
  int port;
  bool initialized;
  hal::UartConfig config;
  uint32_t timeout_ms;       // for the first byte of a read
  uint32_t timeout_char_ms;  // between the bytes of a read
};

Uart* UartArg(Value self) { return objects::NativeValue(self).As<Uart>(); }

uint32_t MillisecondsArg(Value value) {
  intptr_t ms = objects::ToIntptr(value);
  return ms > 0 ? static_cast<uint32_t>(ms) : 0;
}

// The keywords of UART() and init() after the id; the first four may also
// come by position.
constexpr Qstr kInitNames[] = {q::baudrate, q::bits,        q::parity,
                               q::stop,     q::tx,          q::rx,
                               q::timeout,  q::timeout_char};
constexpr size_t kPositionalInitArgs = 4;
constexpr size_t kInitArgs = sizeof(kInitNames) / sizeof(kInitNames[0]);

// Applies the arguments given (the rest stay as they were) and sets the port
// up. Parity is None, or an int whose lowest bit says odd, as in
// MicroPython; the hal numbers them 0 none, 1 odd, 2 even.
void InitUart(Uart* uart, size_t n_args, size_t n_kw, const Value* args) {
  objects::CheckArgCount(n_args, n_kw, 0, kPositionalInitArgs, true);
  Value values[kInitArgs] = {};
  objects::BindArguments(n_args, n_kw, args, kInitArgs, kInitNames, values);
  hal::UartConfig config = uart->config;
  if (!values[0].IsNull()) {
    intptr_t baudrate = objects::ToIntptr(values[0]);
    if (baudrate <= 0) {
      objects::RaiseMessage(&objects::kValueErrorType, "invalid baudrate");
    }
    config.baudrate = static_cast<uint32_t>(baudrate);
  }
  if (!values[1].IsNull()) {
    intptr_t bits = objects::ToIntptr(values[1]);
    if (bits < 5 || bits > 9) {
      objects::RaiseMessage(&objects::kValueErrorType, "invalid data bits");
    }
    config.bits = static_cast<uint8_t>(bits);
  }
  if (!values[2].IsNull()) {
    config.parity = values[2].IsNone()                        ? 0
                    : (objects::ToIntptr(values[2]) & 1) != 0 ? 1
                                                              : 2;
  }
  if (!values[3].IsNull()) {
    intptr_t stop = objects::ToIntptr(values[3]);
    if (stop != 1 && stop != 2) {
      objects::RaiseMessage(&objects::kValueErrorType, "invalid stop bits");
    }
    config.stop = static_cast<uint8_t>(stop);
  }
  for (int i = 0; i < 2; ++i) {
    Value pin = values[4 + i];
    if (pin.IsNull()) continue;
    (i == 0 ? config.tx : config.rx) = pin.IsNone() ? -1 : PinNumberArg(pin);
  }
  if (!values[6].IsNull()) uart->timeout_ms = MillisecondsArg(values[6]);
  if (!values[7].IsNull()) uart->timeout_char_ms = MillisecondsArg(values[7]);
  if (!hal::UartInit(uart->port, config)) {
    objects::RaiseFormat(&objects::kValueErrorType,
                         "UART(%d) can't take this configuration", uart->port);
  }
  uart->config = config;
  uart->initialized = true;
}

// UART(id, baudrate=115200, bits=8, parity=None, stop=1, *, tx, rx,
// timeout=0, timeout_char=0): the port is set up each time, with the defaults
// for what is not given.
Value MakeUart(const objects::Type*, size_t n_args, size_t n_kw,
               const Value* args) {
  objects::CheckArgCount(n_args, n_kw, 1, 1 + kPositionalInitArgs, true);
  intptr_t port = objects::ToIntptr(args[0]);
  // Ports are numbered from 0 to a handful; the bound keeps the cast exact.
  if (port < 0 || port > 255 || !hal::UartExists(static_cast<int>(port))) {
    objects::RaiseFormat(&objects::kValueErrorType, "UART(%d) doesn't exist",
                         static_cast<int>(port));
  }
  Uart* uart = objects::New<Uart>();
  uart->base.type = &kUartType;
  uart->port = static_cast<int>(port);
  uart->initialized = false;
  uart->config = hal::UartConfig();
  uart->timeout_ms = 0;
  uart->timeout_char_ms = 0;
  InitUart(uart, n_args - 1, n_kw, args + 1);
  return Value(&uart->base);
}

Uart* InitializedUart(Value self) {
  Uart* uart = UartArg(self);
  if (!uart->initialized) {
    objects::RaiseFormat(&objects::kValueErrorType, "UART(%d) is deinitialised",
                         uart->port);
  }
  return uart;
}

Value InitMethod(size_t n_args, size_t n_kw, const Value* args) {
  InitUart(UartArg(args[0]), n_args - 1, n_kw, args + 1);
  return Value::None();
}

Value DeinitMethod(size_t, size_t, const Value* args) {
  Uart* uart = UartArg(args[0]);
  if (uart->initialized) hal::UartDeinit(uart->port);
  uart->initialized = false;
  return Value::None();
}

// write(buf): bytes, bytearray, memoryview or str; returns the bytes written.
Value WriteMethod(size_t, size_t, const Value* args) {
  Uart* uart = InitializedUart(args[0]);
  const char* data;
  size_t length;
  if (objects::IsInstance(args[1], &objects::kStrType)) {
    data = objects::StrData(args[1], &length);
  } else {
    objects::Buffer buffer = objects::BufferArg(args[1]);
    data = buffer.data;
    length = buffer.length;
  }
  hal::UartWrite(uart->port, reinterpret_cast<const uint8_t*>(data), length);
  return Value::SmallInt(static_cast<intptr_t>(length));
}

bool HasInput(const void* port) {
  return hal::UartAny(*static_cast<const int*>(port)) > 0;
}

// The microseconds a read waits for the byte after the first: timeout_char,
// but at least the time that 13 bits take on the line (a character with
// start, parity and stop bits), so that a read does not end between the
// characters of a stream.
uint64_t CharTimeoutUs(const Uart* uart) {
  uint64_t us = uint64_t{uart->timeout_char_ms} * 1000u;
  uint64_t character_us = 13000000u / uart->config.baudrate + 1;
  return us > character_us ? us : character_us;
}

// Reads into `out` (up to `limit` bytes, after a newline no more when
// `line`), waiting `timeout` for the first byte and the char timeout between
// the next; returns how many it read.
template <typename Sink>
size_t ReadUpTo(const Uart* uart, size_t limit, bool line, Sink sink) {
  size_t count = 0;
  while (count < limit) {
    uint64_t wait_us =
        count == 0 ? uint64_t{uart->timeout_ms} * 1000u : CharTimeoutUs(uart);
    if (!WaitFor(wait_us, &HasInput, &uart->port)) break;
    int byte = hal::UartReadByte(uart->port, 0);
    if (byte < 0) break;
    sink(count++, static_cast<char>(byte));
    if (line && byte == '\n') break;
  }
  return count;
}

// read([nbytes]) and readline(): the bytes read, or None when the timeout
// passed with none.
Value ReadBytes(Value self, size_t limit, bool line) {
  Uart* uart = InitializedUart(self);
  if (limit == 0) return objects::NewBytes("", 0);
  objects::Vstr data;
  size_t count = ReadUpTo(
      uart, limit, line, [&data](size_t, char byte) { data.AppendChar(byte); });
  if (count == 0) return Value::None();
  return objects::NewBytes(data.data(), data.length());
}

Value ReadMethod(size_t n_args, size_t, const Value* args) {
  size_t limit = SIZE_MAX;
  if (n_args == 2 && !args[1].IsNone()) {
    intptr_t n = objects::ToIntptr(args[1]);
    if (n >= 0) limit = static_cast<size_t>(n);
  }
  return ReadBytes(args[0], limit, false);
}

Value ReadLineMethod(size_t, size_t, const Value* args) {
  return ReadBytes(args[0], SIZE_MAX, true);
}

// readinto(buf[, nbytes]): the bytes read into buf, or None when the timeout
// passed with none.
Value ReadIntoMethod(size_t n_args, size_t, const Value* args) {
  Uart* uart = InitializedUart(args[0]);
  objects::Buffer buffer = objects::BufferArg(args[1]);
  if (!buffer.writable) {
    objects::RaiseMessage(&objects::kTypeErrorType,
                          "cannot modify read-only memory");
  }
  size_t limit = buffer.length;
  if (n_args == 3) {
    intptr_t n = objects::ToIntptr(args[2]);
    if (n >= 0 && static_cast<size_t>(n) < limit)
      limit = static_cast<size_t>(n);
  }
  if (limit == 0) return Value::SmallInt(0);
  char* out = buffer.data;
  size_t count = ReadUpTo(uart, limit, false,
                          [out](size_t i, char byte) { out[i] = byte; });
  if (count == 0) return Value::None();
  return Value::SmallInt(static_cast<intptr_t>(count));
}

Value AnyMethod(size_t, size_t, const Value* args) {
  Uart* uart = InitializedUart(args[0]);
  return Value::SmallInt(static_cast<intptr_t>(hal::UartAny(uart->port)));
}

// UART(0, baudrate=115200, bits=8, parity=None, stop=1, tx=0, rx=1,
// timeout=0, timeout_char=0), in the form of MicroPython's rp2 port; tx and
// rx appear when a pin was given (the board's own default is not known
// here).
void PrintUart(const objects::Printer& printer, Value self,
               objects::PrintKind) {
  const Uart* uart = UartArg(self);
  const hal::UartConfig& config = uart->config;
  objects::Printf(printer, "UART(%d, baudrate=%u, bits=%u, parity=", uart->port,
                  static_cast<unsigned>(config.baudrate),
                  static_cast<unsigned>(config.bits));
  if (config.parity == 0) {
    printer.Write("None");
  } else {
    printer.Char(config.parity == 1 ? '1' : '0');
  }
  objects::Printf(printer, ", stop=%u", static_cast<unsigned>(config.stop));
  if (config.tx >= 0) objects::Printf(printer, ", tx=%d", config.tx);
  if (config.rx >= 0) objects::Printf(printer, ", rx=%d", config.rx);
  objects::Printf(printer, ", timeout=%u, timeout_char=%u)",
                  static_cast<unsigned>(uart->timeout_ms),
                  static_cast<unsigned>(uart->timeout_char_ms));
}

MP_TYPE_METHOD(kInit, kUartType, init, 1, 1 + kPositionalInitArgs, true,
               InitMethod);
MP_TYPE_METHOD(kDeinit, kUartType, deinit, 1, 1, false, DeinitMethod);
MP_TYPE_METHOD(kWrite, kUartType, write, 2, 2, false, WriteMethod);
MP_TYPE_METHOD(kRead, kUartType, read, 1, 2, false, ReadMethod);
MP_TYPE_METHOD(kReadLine, kUartType, readline, 1, 1, false, ReadLineMethod);
MP_TYPE_METHOD(kReadInto, kUartType, readinto, 2, 3, false, ReadIntoMethod);
MP_TYPE_METHOD(kAny, kUartType, any, 1, 1, false, AnyMethod);

constexpr auto kUartTable = objects::SortedByKey(objects::StaticMapTable<7>{{
    objects::MethodEntry(q::init, kInit),
    objects::MethodEntry(q::deinit, kDeinit),
    objects::MethodEntry(q::write, kWrite),
    objects::MethodEntry(q::read, kRead),
    objects::MethodEntry(q::readline, kReadLine),
    objects::MethodEntry(q::readinto, kReadInto),
    objects::MethodEntry(q::any, kAny),
}});
constexpr objects::StaticMap kUartLocals = kUartTable.map();

}  // namespace

const objects::Type kUartType = {
    .base = {&objects::kTypeType},
    .name = q::UART,
    .print = PrintUart,
    .make_new = MakeUart,
    .locals = &kUartLocals,
};

}  // namespace mp::modules
