// SyntaxError from the compiler, located like MicroPython's: a traceback entry
// with the file and line, and no function name.
#ifndef MP_COMPILER_SYNTAX_ERROR_H_
#define MP_COMPILER_SYNTAX_ERROR_H_

#include <stdint.h>

#include "objects/object.h"

namespace mp::compiler {

// `message` must be a string literal.
[[noreturn]] void RaiseSyntaxError(objects::Qstr source_file, uint32_t line,
                                   const char* message,
                                   const objects::Type* type = nullptr);

}  // namespace mp::compiler

#endif  // MP_COMPILER_SYNTAX_ERROR_H_
