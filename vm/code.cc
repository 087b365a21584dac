#include "vm/code.h"

#include "objects/print.h"
#include "objects/state.h"

namespace mp::vm {
namespace {

using objects::Value;

void PrintCode(const objects::Printer& printer, Value self,
               objects::PrintKind /*kind*/) {
  const compiler::RawCode& code = *self.As<Code>()->raw_code;
  objects::Printf(printer, "<code object %q at 0x%lx, file \"%q\", line %u>",
                  code.name, static_cast<unsigned long>(self.bits()),
                  code.source_file, static_cast<unsigned>(code.first_line));
}

}  // namespace

const objects::Type kCodeType = {
    .base = {&objects::kTypeType},
    .name = objects::q::code,
    .print = PrintCode,
};

Value NewCode(const compiler::RawCode* raw_code) {
  auto* code = objects::New<Code>();
  code->base.type = &kCodeType;
  code->raw_code = raw_code;
  return Value(&code->base);
}

}  // namespace mp::vm
