#include "objects/module.h"

#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::objects {
namespace {

void PrintModule(const Printer& printer, Value self, PrintKind /*kind*/) {
  const Value* name =
      self.As<Module>()->dict->map.Find(Value::FromQstr(q::dunder_name));
  printer.Write("<module '");
  if (name != nullptr) PrintValue(printer, *name, PrintKind::kStr);
  printer.Write("'>");
}

void ModuleAttr(Value self, Qstr attr, Value* dest) {
  Map& globals = self.As<Module>()->dict->map;
  Value key = Value::FromQstr(attr);
  if (dest[0] == Value::Sentinel()) {
    if (!dest[1].IsNull()) {
      globals.Store(key, dest[1]);
      dest[0] = Value();
    } else if (globals.Remove(key)) {
      dest[0] = Value();
    }
    return;
  }
  if (attr == q::dunder_dict) {
    dest[0] = Value(&self.As<Module>()->dict->base);
    return;
  }
  if (const Value* found = globals.Find(key)) dest[0] = *found;
}

}  // namespace

const Type kModuleType = {
    .base = {&kTypeType},
    .name = q::module,
    .print = PrintModule,
    .attr = ModuleAttr,
};

Module* NewModule(Qstr name) {
  auto* module = New<Module>();
  module->base.type = &kModuleType;
  module->dict = NewDict();
  module->dict->map.Store(Value::FromQstr(q::dunder_name),
                          Value::FromQstr(name));
  return module;
}

}  // namespace mp::objects
