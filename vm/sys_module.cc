// The sys module: what the program and the platform are (platform,
// implementation, version, byteorder, maxsize), the import state (path,
// modules), argv, and exit().
#include <stdint.h>
#include <string.h>

#include "objects/attr_tuple.h"
#include "objects/big_int.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/str.h"
#include "vm/builtin_modules.h"
#include "vm/runtime.h"
#include "vm/version.h"

namespace mp::vm {
namespace {

using objects::Value;
namespace q = objects::q;

// The Python version whose language MicroPython implements.
constexpr int kLanguageVersion[3] = {3, 4, 0};

// The .mpy format this interpreter's sys.implementation._mpy announces, packed
// as MicroPython documents it: major version in bits 0-7, minor version in
// bits 8-9, the native architecture in bits 10-13.
constexpr int kMpyMajorVersion = 6;
constexpr int kMpyMinorVersion = 3;

// MicroPython's codes for the native architectures (.mpy header, _mpy).
constexpr int NativeArch() {
#if defined(__x86_64__)
  return 2;
#elif defined(__i386__)
  return 1;
#elif defined(__ARM_ARCH_6M__)
  return 4;
#elif defined(__ARM_ARCH_7M__)
  return 5;
#elif defined(__ARM_ARCH_7EM__) && defined(__ARM_FP) && (__ARM_FP & 8)
  return 8;
#elif defined(__ARM_ARCH_7EM__) && defined(__ARM_FP)
  return 7;
#elif defined(__ARM_ARCH_7EM__)
  return 6;
#elif defined(__arm__)
  return 3;
#elif defined(__XTENSA__) && defined(__XTENSA_WINDOWED_ABI__)
  return 10;
#elif defined(__XTENSA__)
  return 9;
#elif defined(__riscv) && __riscv_xlen == 32
  return 11;
#elif defined(__riscv) && __riscv_xlen == 64
  return 12;
#else
  return 0;
#endif
}

constexpr int kMpyVersion =
    kMpyMajorVersion | kMpyMinorVersion << 8 | NativeArch() << 10;

Value Text(const char* text) { return objects::NewStr(text, strlen(text)); }

Value SmallIntTuple(const int* numbers, size_t count, Value last) {
  objects::Tuple* tuple =
      objects::NewTuple(count + (last.IsNull() ? 0 : 1), nullptr);
  for (size_t i = 0; i < count; ++i) {
    tuple->items[i] = Value::SmallInt(numbers[i]);
  }
  if (!last.IsNull()) tuple->items[count] = last;
  return Value(&tuple->base);
}

// (major, minor, micro, releaselevel) of this interpreter, from kVersion.
Value ImplementationVersion() {
  int numbers[3] = {0, 0, 0};
  const char* text = kVersion;
  for (int& number : numbers) {
    while (*text >= '0' && *text <= '9') number = number * 10 + (*text++ - '0');
    if (*text == '.') ++text;
  }
  return SmallIntTuple(numbers, 3, Value::FromQstr(q::empty));
}

constexpr objects::Qstr kImplementationFields[] = {
    q::name,           q::version,          q::underscore_machine,
    q::underscore_mpy, q::underscore_build, q::underscore_thread};

Value Implementation() {
  Value items[] = {
      Value::FromQstr(q::micropython),
      ImplementationVersion(),
      Text(Vm().machine),
      Value::SmallInt(kMpyVersion),
      Text(Vm().build),
      Value::None(),  // no threads
  };
  static_assert(sizeof(items) / sizeof(items[0]) ==
                sizeof(kImplementationFields) /
                    sizeof(kImplementationFields[0]));
  return Value(&objects::NewAttrTuple(sizeof(items) / sizeof(items[0]),
                                      kImplementationFields, items)
                    ->base);
}

constexpr objects::Qstr kVersionInfoFields[] = {q::major, q::minor, q::micro};

Value VersionInfo() {
  Value items[3];
  for (int i = 0; i < 3; ++i) items[i] = Value::SmallInt(kLanguageVersion[i]);
  return Value(&objects::NewAttrTuple(3, kVersionInfoFields, items)->base);
}

// "3.4.0; MicroPython (C++ implementation) v0.1.0 on 2026-11-25", in the form
// of MicroPython's sys.version, naming this implementation as the banner does.
Value VersionText() {
  char text[96];
  size_t length = 0;
  auto append = [&](const char* part) {
    size_t n = strlen(part);
    if (n > sizeof(text) - length) n = sizeof(text) - length;
    memcpy(text + length, part, n);
    length += n;
  };
  char language[8] = {static_cast<char>('0' + kLanguageVersion[0]), '.',
                      static_cast<char>('0' + kLanguageVersion[1]), '.',
                      static_cast<char>('0' + kLanguageVersion[2]), '\0'};
  append(language);
  append("; MicroPython (C++ implementation) v");
  append(kVersion);
  append(" on ");
  append(kVersionDate);
  return objects::NewStr(text, length);
}

bool IsLittleEndian() {
  const uint16_t probe = 1;
  return *reinterpret_cast<const uint8_t*>(&probe) == 1;
}

// sys.exit([code]): raises SystemExit, which the program turns into its exit
// status.
Value Exit(size_t n_args, size_t, const Value* args) {
  objects::Raise(
      objects::NewException(&objects::kSystemExitType, n_args, args));
}

MP_MODULE_FUNCTION(kExit, exit, 0, 1, Exit);

void Store(objects::Module* module, objects::Qstr name, Value value) {
  module->dict->map.Store(Value::FromQstr(name), value);
}

}  // namespace

Value MakeSysModule() {
  objects::Module* module = objects::NewModule(q::sys);
  VmState& vm = Vm();
  Store(module, q::modules, Value(&vm.modules->base));
  Store(module, q::path, Value(&vm.path->base));
  Store(module, q::argv, Value(&vm.argv->base));
  Store(module, q::platform, Value::FromQstr(vm.platform));
  Store(module, q::implementation, Implementation());
  Store(module, q::version, VersionText());
  Store(module, q::version_info, VersionInfo());
  Store(module, q::byteorder,
        Value::FromQstr(IsLittleEndian() ? q::little : q::big));
  Store(module, q::maxsize, objects::NewIntFromInt64(INTPTR_MAX));
  Store(module, q::exit, Value(&kExit.base));
  return Value(&module->base);
}

}  // namespace mp::vm
