#include "modules/machine/pin.h"

#include <stdint.h>

#include "hal/pin.h"
#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/print.h"
#include "objects/state.h"
#include "objects/str.h"

namespace mp::modules {
namespace {

using objects::BuiltinFunction;
using objects::Qstr;
using objects::Value;
namespace q = objects::q;

struct Pin {
  objects::Object base;
  int number;
};

// Pin.IN, Pin.OUT, ... as MicroPython's rp2 port numbers them.
enum PythonMode : int { kModeIn = 0, kModeOut = 1, kModeOpenDrain = 2 };
enum PythonPull : int { kPullNone = 0, kPullUp = 1, kPullDown = 2 };

// The hal cannot say how a pin is set up, so the module remembers what it
// set, for repr() and for init() calls that change only the mode or only the
// pull: a nibble per pin, 0 while Python has not set the pin up, else the
// mode + 1 in bits 0-1 and the pull in bits 2-3. 160 pins cover the ports
// PA to PJ of the STM32s (port * 16 + pin); pins past them are always shown
// as not set up.
constexpr int kTrackedPins = 160;
uint8_t pin_setup[kTrackedPins / 2];

struct PinSetup {
  bool known;
  int mode;
  int pull;
};

PinSetup GetSetup(int pin) {
  if (pin >= kTrackedPins) return {false, kModeIn, kPullNone};
  int nibble = pin_setup[pin / 2] >> (pin % 2 * 4) & 0xF;
  if (nibble == 0) return {false, kModeIn, kPullNone};
  return {true, (nibble & 3) - 1, nibble >> 2};
}

void SaveSetup(int pin, int mode, int pull) {
  if (pin >= kTrackedPins) return;
  int shift = pin % 2 * 4;
  uint8_t& byte = pin_setup[pin / 2];
  byte = static_cast<uint8_t>((byte & ~(0xF << shift)) |
                              ((mode + 1) | pull << 2) << shift);
}

Pin* PinArg(Value self) { return objects::NativeValue(self).As<Pin>(); }

Value NewPin(int number) {
  Pin* pin = objects::New<Pin>();
  pin->base.type = &kPinType;
  pin->number = number;
  return Value(&pin->base);
}

// mode: -1 or None leaves it as it is.
int ModeArg(Value value, int current) {
  if (value.IsNull() || value.IsNone()) return current;
  intptr_t mode = objects::ToIntptr(value);
  if (mode == -1) return current;
  if (mode < kModeIn || mode > kModeOpenDrain) {
    objects::RaiseFormat(&objects::kValueErrorType, "invalid pin mode: %d",
                         static_cast<int>(mode));
  }
  return static_cast<int>(mode);
}

// pull: -1 leaves it as it is; None is no pull.
int PullArg(Value value, int current) {
  if (value.IsNull()) return current;
  if (value.IsNone()) return kPullNone;
  intptr_t pull = objects::ToIntptr(value);
  if (pull == -1) return current;
  if (pull < kPullNone || pull > kPullDown) {
    objects::RaiseFormat(&objects::kValueErrorType, "invalid pin pull: %d",
                         static_cast<int>(pull));
  }
  return static_cast<int>(pull);
}

// init(mode=-1, pull=-1, *, value=None) on the arguments after self: what is
// not given stays as it was. A value is driven before the mode changes, so
// that an output starts at that level without a glitch; and again after, for
// a board that only latches it once the pin is an output.
void InitPin(int number, size_t n_args, size_t n_kw, const Value* args) {
  objects::CheckArgCount(n_args, n_kw, 0, 2, true);
  static constexpr Qstr kNames[] = {q::mode, q::pull, q::value};
  Value values[3] = {};
  objects::BindArguments(n_args, n_kw, args, 3, kNames, values);
  PinSetup setup = GetSetup(number);
  int mode = ModeArg(values[0], setup.mode);
  int pull = PullArg(values[1], setup.pull);
  bool set_value = !values[2].IsNull() && !values[2].IsNone();
  bool level = set_value && objects::IsTrue(values[2]);
  if (set_value) hal::PinWrite(number, level);
  hal::PinConfigure(number, static_cast<hal::PinMode>(mode),
                    static_cast<hal::PinPull>(pull));
  if (set_value) hal::PinWrite(number, level);
  SaveSetup(number, mode, pull);
}

// Pin(id, mode=-1, pull=-1, *, value=None): with only the id, the pin is
// left as it is.
Value MakePin(const objects::Type*, size_t n_args, size_t n_kw,
              const Value* args) {
  objects::CheckArgCount(n_args, n_kw, 1, 3, true);
  int number = PinNumberArg(args[0]);
  if (n_args > 1 || n_kw > 0) InitPin(number, n_args - 1, n_kw, args + 1);
  return NewPin(number);
}

Value InitMethod(size_t n_args, size_t n_kw, const Value* args) {
  InitPin(PinArg(args[0])->number, n_args - 1, n_kw, args + 1);
  return Value::None();
}

// value() reads the pin; value(x) drives it.
Value PinValue(int number, size_t n_args, const Value* args) {
  if (n_args == 0) return Value::SmallInt(hal::PinRead(number) ? 1 : 0);
  hal::PinWrite(number, objects::IsTrue(args[0]));
  return Value::None();
}

Value ValueMethod(size_t n_args, size_t, const Value* args) {
  return PinValue(PinArg(args[0])->number, n_args - 1, args + 1);
}

Value CallPin(Value self, size_t n_args, size_t n_kw, const Value* args) {
  objects::CheckArgCount(n_args, n_kw, 0, 1, false);
  return PinValue(PinArg(self)->number, n_args, args);
}

Value Drive(Value self, bool high) {
  hal::PinWrite(PinArg(self)->number, high);
  return Value::None();
}

Value HighMethod(size_t, size_t, const Value* args) {
  return Drive(args[0], true);
}

Value LowMethod(size_t, size_t, const Value* args) {
  return Drive(args[0], false);
}

Value ToggleMethod(size_t, size_t, const Value* args) {
  int number = PinArg(args[0])->number;
  hal::PinWrite(number, !hal::PinRead(number));
  return Value::None();
}

constexpr Qstr kModeNames[] = {q::IN, q::OUT, q::OPEN_DRAIN};
constexpr Qstr kPullNames[] = {q::empty, q::PULL_UP, q::PULL_DOWN};

// Pin(GPIO25, mode=OUT) or Pin(GPIO2, mode=IN, pull=PULL_UP), as MicroPython's
// rp2 port writes it; a pin that Python has not set up shows only its name.
void PrintPin(const objects::Printer& printer, Value self, objects::PrintKind) {
  int number = PinArg(self)->number;
  char name[8];
  hal::PinName(number, name, sizeof(name));
  objects::Printf(printer, "Pin(%s", name);
  PinSetup setup = GetSetup(number);
  if (setup.known) {
    objects::Printf(printer, ", mode=%q", kModeNames[setup.mode]);
    if (setup.pull != kPullNone) {
      objects::Printf(printer, ", pull=%q", kPullNames[setup.pull]);
    }
  }
  printer.Char(')');
}

// Two Pin objects for the same pin are equal, as MicroPython's (one object
// per pin) are.
Value PinBinaryOp(objects::BinaryOp op, Value lhs, Value rhs) {
  if (op != objects::BinaryOp::kEqual || !objects::IsInstance(rhs, &kPinType)) {
    return Value();
  }
  return Value::Bool(PinArg(lhs)->number == PinArg(rhs)->number);
}

Value PinUnaryOp(objects::UnaryOp op, Value self) {
  if (op != objects::UnaryOp::kHash) return Value();
  return Value::SmallInt(PinArg(self)->number);
}

MP_TYPE_METHOD(kInit, kPinType, init, 1, 3, true, InitMethod);
MP_TYPE_METHOD(kValue, kPinType, value, 1, 2, false, ValueMethod);
MP_TYPE_METHOD(kOn, kPinType, on, 1, 1, false, HighMethod);
MP_TYPE_METHOD(kOff, kPinType, off, 1, 1, false, LowMethod);
MP_TYPE_METHOD(kHigh, kPinType, high, 1, 1, false, HighMethod);
MP_TYPE_METHOD(kLow, kPinType, low, 1, 1, false, LowMethod);
MP_TYPE_METHOD(kToggle, kPinType, toggle, 1, 1, false, ToggleMethod);

constexpr auto kPinTable = objects::SortedByKey(objects::StaticMapTable<12>{{
    objects::MethodEntry(q::init, kInit),
    objects::MethodEntry(q::value, kValue),
    objects::MethodEntry(q::on, kOn),
    objects::MethodEntry(q::off, kOff),
    objects::MethodEntry(q::high, kHigh),
    objects::MethodEntry(q::low, kLow),
    objects::MethodEntry(q::toggle, kToggle),
    {Value::FromQstr(q::IN), Value::SmallInt(kModeIn)},
    {Value::FromQstr(q::OUT), Value::SmallInt(kModeOut)},
    {Value::FromQstr(q::OPEN_DRAIN), Value::SmallInt(kModeOpenDrain)},
    {Value::FromQstr(q::PULL_UP), Value::SmallInt(kPullUp)},
    {Value::FromQstr(q::PULL_DOWN), Value::SmallInt(kPullDown)},
}});
constexpr objects::StaticMap kPinLocals = kPinTable.map();

}  // namespace

int PinNumberArg(Value value) {
  Value native = objects::NativeValue(value);
  if (objects::IsInstance(native, &kPinType)) return native.As<Pin>()->number;
  if (objects::IsInstance(native, &objects::kStrType)) {
    size_t length;
    const char* name = objects::StrData(native, &length);
    int number;
    if (!hal::PinFromName(name, length, &number)) {
      objects::RaiseFormat(&objects::kValueErrorType,
                           "unknown named pin \"%.*s\"",
                           static_cast<int>(length), name);
    }
    return number;
  }
  intptr_t number = objects::ToIntptr(native);
  if (number < 0 || number >= hal::PinCount()) {
    objects::RaiseMessage(&objects::kValueErrorType, "invalid pin");
  }
  return static_cast<int>(number);
}

const objects::Type kPinType = {
    .base = {&objects::kTypeType},
    .name = q::Pin,
    .print = PrintPin,
    .make_new = MakePin,
    .call = CallPin,
    .unary_op = PinUnaryOp,
    .binary_op = PinBinaryOp,
    .locals = &kPinLocals,
};

}  // namespace mp::modules
