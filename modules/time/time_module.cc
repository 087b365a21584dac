#include "modules/time/time_module.h"

#include <stdint.h>

#include "hal/time.h"
#include "modules/time/wait.h"
#include "objects/big_int.h"
#include "objects/builtin_function.h"
#include "objects/config.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/operations.h"
#include "vm/builtin_modules.h"

namespace mp::modules {
namespace {

using objects::BuiltinFunction;
using objects::Value;
namespace q = objects::q;

// MicroPython's ticks: the counters keep their low 30 bits, so that every
// value is a small int on a 32-bit board.
constexpr uintptr_t kTicksPeriod = uintptr_t{1} << 30;
constexpr uintptr_t kTicksMax = kTicksPeriod - 1;
constexpr uintptr_t kTicksHalfPeriod = kTicksPeriod / 2;

WallClockFn wall_clock = nullptr;

Value Ticks(uint32_t ticks) {
  return Value::SmallInt(static_cast<intptr_t>(ticks & kTicksMax));
}

// Milliseconds since start-up without the 32-bit counter's wrap-around
// every 49.7 days; it must be read at least that often, which a program
// that wants the time does.
uint64_t UptimeMs() {
  static uint32_t last_ms = 0;
  static uint32_t wraps = 0;
  uint32_t now = hal::TicksMs();
  if (now < last_ms) ++wraps;
  last_ms = now;
  return uint64_t{wraps} << 32 | now;
}

[[noreturn]] void RaiseNegativeSleep() {
  objects::RaiseMessage(&objects::kValueErrorType,
                        "sleep length must be non-negative");
}

// sleep(seconds), an int or a float. A negative length is a ValueError, as in
// CPython (MicroPython's ports disagree: the unix port raises OSError, the
// boards wait for ever).
Value Sleep(size_t, size_t, const Value* args) {
#if MP_HAS_FLOAT
  if (objects::IsFloat(args[0])) {
    objects::Real seconds = objects::FloatValue(args[0]);
    if (!(seconds >= 0)) RaiseNegativeSleep();  // NaN too
    // Past what a uint32_t of seconds holds: until Ctrl-C.
    constexpr objects::Real kLongestSeconds = 4.0e9f;
    if (seconds >= kLongestSeconds) {
      SleepUs(UINT64_MAX);
      return Value::None();
    }
    // Whole seconds and the fraction apart: a float to a 64-bit int would
    // pull the soft-double routines into a single-float board's image.
    auto whole = static_cast<uint32_t>(seconds);
    auto fraction_us = static_cast<uint32_t>(
        (seconds - static_cast<objects::Real>(whole)) * objects::Real(1e6) +
        objects::Real(0.5));
    SleepUs(uint64_t{whole} * 1000000u + fraction_us);
    return Value::None();
  }
#endif
  intptr_t seconds = objects::ToIntptr(args[0]);
  if (seconds < 0) RaiseNegativeSleep();
  SleepUs(static_cast<uint64_t>(seconds) * 1000000u);
  return Value::None();
}

// sleep_ms and sleep_us do nothing for a negative length, as in MicroPython.
Value SleepMs(size_t, size_t, const Value* args) {
  intptr_t ms = objects::ToIntptr(args[0]);
  if (ms > 0) SleepUs(static_cast<uint64_t>(ms) * 1000u);
  return Value::None();
}

Value SleepUsFunction(size_t, size_t, const Value* args) {
  intptr_t us = objects::ToIntptr(args[0]);
  if (us > 0) SleepUs(static_cast<uint64_t>(us));
  return Value::None();
}

Value TicksMs(size_t, size_t, const Value*) { return Ticks(hal::TicksMs()); }

// Also ticks_cpu: no board here counts cycles for it yet.
Value TicksUs(size_t, size_t, const Value*) { return Ticks(hal::TicksUs()); }

// ticks_add(ticks, delta): delta must lie strictly within half a period, so
// that ticks_diff gives it back.
Value TicksAdd(size_t, size_t, const Value* args) {
  auto ticks = static_cast<uintptr_t>(objects::ToIntptr(args[0]));
  intptr_t delta = objects::ToIntptr(args[1]);
  if (delta <= -static_cast<intptr_t>(kTicksHalfPeriod) ||
      delta >= static_cast<intptr_t>(kTicksHalfPeriod)) {
    objects::RaiseMessage(&objects::kOverflowErrorType,
                          "ticks interval overflow");
  }
  return Value::SmallInt(static_cast<intptr_t>(
      (ticks + static_cast<uintptr_t>(delta)) & kTicksMax));
}

// ticks_diff(end, start): end - start on the circle of the period, in
// [-period/2, period/2).
Value TicksDiff(size_t, size_t, const Value* args) {
  auto end = static_cast<uintptr_t>(objects::ToIntptr(args[0]));
  auto start = static_cast<uintptr_t>(objects::ToIntptr(args[1]));
  uintptr_t shifted = (end - start + kTicksHalfPeriod) & kTicksMax;
  return Value::SmallInt(static_cast<intptr_t>(shifted) -
                         static_cast<intptr_t>(kTicksHalfPeriod));
}

Value Time(size_t, size_t, const Value*) {
  if (wall_clock == nullptr) {
    return objects::NewIntFromUint64(UptimeMs() / 1000u);
  }
  int64_t ns = wall_clock();
#if MP_FLOAT_IMPL == MP_FLOAT_IMPL_DOUBLE
  return objects::NewFloat(static_cast<double>(ns) / 1e9);
#else
  // A single float cannot hold the date to the second (and its conversion
  // from a 64-bit int pulls in soft doubles): whole seconds then.
  return objects::NewIntFromInt64(ns / 1000000000);
#endif
}

Value TimeNs(size_t, size_t, const Value*) {
  if (wall_clock == nullptr) {
    return objects::NewIntFromUint64(UptimeMs() * 1000000u);
  }
  return objects::NewIntFromInt64(wall_clock());
}

MP_MODULE_FUNCTION(kSleep, sleep, 1, 1, Sleep);
MP_MODULE_FUNCTION(kSleepMs, sleep_ms, 1, 1, SleepMs);
MP_MODULE_FUNCTION(kSleepUs, sleep_us, 1, 1, SleepUsFunction);
MP_MODULE_FUNCTION(kTicksMs, ticks_ms, 0, 0, TicksMs);
MP_MODULE_FUNCTION(kTicksUs, ticks_us, 0, 0, TicksUs);
MP_MODULE_FUNCTION(kTicksCpu, ticks_cpu, 0, 0, TicksUs);
MP_MODULE_FUNCTION(kTicksAdd, ticks_add, 2, 2, TicksAdd);
MP_MODULE_FUNCTION(kTicksDiff, ticks_diff, 2, 2, TicksDiff);
MP_MODULE_FUNCTION(kTime, time, 0, 0, Time);
MP_MODULE_FUNCTION(kTimeNs, time_ns, 0, 0, TimeNs);

constexpr const BuiltinFunction* kFunctions[] = {
    &kSleep,    &kSleepMs,  &kSleepUs,   &kTicksMs, &kTicksUs,
    &kTicksCpu, &kTicksAdd, &kTicksDiff, &kTime,    &kTimeNs,
};

}  // namespace

Value MakeTimeModule() { return vm::NewModuleOfFunctions(q::time, kFunctions); }

void SetWallClock(WallClockFn clock) { wall_clock = clock; }

}  // namespace mp::modules
