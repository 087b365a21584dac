// libFuzzer target: any bytes, lexed to the end or to an error, with any memory
// budget, must not crash, read out of bounds or leak.
#include <stddef.h>
#include <stdint.h>

#include "lexer/lexer.h"
#include "lexer/test_allocator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte sets the memory budget, so that running out is explored.
  size_t budget = data[0] < 16 ? size_t{data[0]} * 16 : SIZE_MAX;
  mp::lexer::TestAllocator allocator(budget);
  mp::lexer::BufferReader reader(reinterpret_cast<const char*>(data + 1),
                                 size - 1);
  mp::lexer::Lexer lexer(reader, allocator);
  for (size_t i = 0;; ++i) {
    const mp::lexer::Token& token = lexer.Next();
    if (token.kind == mp::lexer::TokenKind::kEnd ||
        mp::lexer::IsError(token.kind)) {
      break;
    }
    // Each token consumes input or is one of the finitely many DEDENTs and
    // NEWLINEs at the end: far fewer than this.
    if (i > 4 * size + 64) __builtin_trap();
  }
  lexer.Release();
  if (allocator.live() != 0) __builtin_trap();
  return 0;
}
