#include "modules/os/os_module.h"

#include <string.h>

#include "hal/board.h"
#include "objects/attr_tuple.h"
#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/vstr.h"
#include "vm/builtin_modules.h"
#include "vm/version.h"

namespace mp::modules {
namespace {

using objects::BuiltinFunction;
using objects::Value;
namespace q = objects::q;

Value Text(const char* text) { return objects::NewStr(text, strlen(text)); }

constexpr objects::Qstr kUnameFields[] = {q::sysname, q::nodename, q::release,
                                          q::version, q::machine};

// uname(): (sysname, nodename, release, version, machine) as MicroPython's
// boards give it: the port's name twice, the version, "v<version> on
// <date>", and the board.
Value Uname(size_t, size_t, const Value*) {
  objects::Vstr version;
  version.AppendChar('v');
  version.Append(vm::kVersion);
  version.Append(" on ");
  version.Append(vm::kVersionDate);
  Value port = Text(hal::BoardPort());
  Value items[] = {
      port,
      port,
      Text(vm::kVersion),
      objects::NewStr(version.data(), version.length()),
      Text(hal::BoardMachine()),
  };
  static_assert(sizeof(items) / sizeof(items[0]) ==
                sizeof(kUnameFields) / sizeof(kUnameFields[0]));
  return Value(&objects::NewAttrTuple(sizeof(items) / sizeof(items[0]),
                                      kUnameFields, items)
                    ->base);
}

MP_MODULE_FUNCTION(kUname, uname, 0, 0, Uname);

constexpr const BuiltinFunction* kFunctions[] = {&kUname};

}  // namespace

Value MakeOsModule() {
  Value module = vm::NewModuleOfFunctions(q::os, kFunctions);
  module.As<objects::Module>()->dict->map.Store(Value::FromQstr(q::sep),
                                                Value::FromQstr(q::slash));
  return module;
}

}  // namespace mp::modules
