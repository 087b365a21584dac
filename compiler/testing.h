// Test helpers for code that needs compiled code but not the VM.
#ifndef MP_COMPILER_TESTING_H_
#define MP_COMPILER_TESTING_H_

#include <string>

#include "compiler/raw_code.h"

namespace mp::compiler::testing {

// Compiles source as a module of the file "<string>", the parse tree released
// before it returns. A compile error raises as CompileModule does; a parse
// error fails the test and returns null.
RawCode* Compile(const std::string& source);

}  // namespace mp::compiler::testing

#endif  // MP_COMPILER_TESTING_H_
