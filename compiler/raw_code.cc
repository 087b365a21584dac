#include "compiler/raw_code.h"

#include "compiler/bytecode.h"

namespace mp::compiler {

uint32_t LineAt(const RawCode& code, size_t offset) {
  const uint8_t* p = code.line_table;
  const uint8_t* end = p + code.line_table_length;
  size_t entry_offset = 0;
  intptr_t line = code.first_line;
  while (p < end) {
    size_t next_offset = entry_offset + DecodeUint(p);
    intptr_t next_line = line + DecodeSint(p);
    if (next_offset > offset) break;
    entry_offset = next_offset;
    line = next_line;
  }
  return static_cast<uint32_t>(line);
}

}  // namespace mp::compiler
