// libFuzzer target: any bytes, parsed as a module, a REPL entry or an
// expression, with any memory budget, must give a tree or an error, and must
// not crash, read out of bounds or leak.
#include <stddef.h>
#include <stdint.h>

#include <map>
#include <string>

#include "lexer/reader.h"
#include "lexer/test_allocator.h"
#include "parser/parser.h"

namespace {

class Names final : public mp::parser::NameTable {
 public:
  uint32_t Intern(const char* text, size_t length) override {
    auto [it, added] = ids_.emplace(std::string(text, length),
                                    static_cast<uint32_t>(ids_.size()));
    return it->second;
  }

 private:
  std::map<std::string, uint32_t> ids_;
};

constexpr size_t kStackBudget = 1 << 20;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the input kind and the memory budget.
  auto input = static_cast<mp::parser::InputKind>(data[0] % 3);
  size_t budget_step = (data[0] >> 2) & 15;
  size_t budget = budget_step == 0 ? SIZE_MAX : budget_step * 64;
  mp::lexer::TestAllocator allocator(budget);
  Names names;
  mp::lexer::BufferReader reader(reinterpret_cast<const char*>(data + 1),
                                 size - 1);
  mp::parser::Parser parser(reader, allocator, names);
  // Deep input must end in kTooDeep well before the 8 MiB stack does.
  parser.set_stack_limit(static_cast<const char*>(__builtin_frame_address(0)) -
                         kStackBudget);
  mp::parser::ParseResult result = parser.Parse(input);
  if (result.error == mp::parser::ErrorKind::kNone && result.root == 0 &&
      input != mp::parser::InputKind::kEval) {
    __builtin_trap();  // a module always has a root
  }
  parser.Release();
  if (allocator.live() != 0) __builtin_trap();
  return 0;
}
