#include "modules/machine/mem.h"

#include "objects/big_int.h"
#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/print.h"

namespace mp::modules {
namespace {

using objects::Value;
namespace q = objects::q;

// The address, checked to be aligned to the access's width.
uintptr_t Address(const Mem* mem, Value index) {
  uintptr_t address = TruncatedInt(index);
  if ((address & (mem->width - 1u)) != 0) {
    objects::RaiseFormat(
        &objects::kValueErrorType, "address %08lx is not aligned to %d bytes",
        static_cast<unsigned long>(address), static_cast<int>(mem->width));
  }
  return address;
}

// The accesses are volatile: they are for peripheral registers, where every
// read and write counts.
Value MemSubscr(Value self, Value index, Value value) {
  const Mem* mem = self.As<Mem>();
  if (value.IsNull()) return Value();  // no deleting
  uintptr_t address = Address(mem, index);
  if (value == Value::Sentinel()) {
    uint32_t word;
    switch (mem->width) {
      case 1:
        word = *reinterpret_cast<volatile uint8_t*>(address);
        break;
      case 2:
        word = *reinterpret_cast<volatile uint16_t*>(address);
        break;
      default:
        word = *reinterpret_cast<volatile uint32_t*>(address);
        break;
    }
    return objects::NewIntFromUint64(word);
  }
  uintptr_t word = TruncatedInt(value);
  switch (mem->width) {
    case 1:
      *reinterpret_cast<volatile uint8_t*>(address) =
          static_cast<uint8_t>(word);
      break;
    case 2:
      *reinterpret_cast<volatile uint16_t*>(address) =
          static_cast<uint16_t>(word);
      break;
    default:
      *reinterpret_cast<volatile uint32_t*>(address) =
          static_cast<uint32_t>(word);
      break;
  }
  return Value::None();
}

void PrintMem(const objects::Printer& printer, Value self, objects::PrintKind) {
  objects::Printf(printer, "<%d-bit memory>", self.As<Mem>()->width * 8);
}

}  // namespace

uintptr_t TruncatedInt(Value value) {
  Value n = objects::TryIndex(value);
  if (n.IsNull()) return static_cast<uintptr_t>(objects::ToIntptr(value));
  if (n.IsSmallInt()) return static_cast<uintptr_t>(n.AsSmallInt());
  numeric::Digit storage[2];
  numeric::BigView view = objects::IntView(n, storage);
  uint64_t low = 0;
  for (size_t i = 0; i < view.length && i < 2; ++i) {
    low |= uint64_t{view.digits[i]} << (32 * i);
  }
  if (view.negative) low = ~low + 1;
  return static_cast<uintptr_t>(low);
}

const objects::Type kMemType = {
    .base = {&objects::kTypeType},
    .name = q::mem,
    .print = PrintMem,
    .subscr = MemSubscr,
};

const Mem kMem8 = {{&kMemType}, 1};
const Mem kMem16 = {{&kMemType}, 2};
const Mem kMem32 = {{&kMemType}, 4};

}  // namespace mp::modules
