// Parse tree -> raw code. Raises SyntaxError (with the file and line) for what
// the grammar accepts but Python forbids, like `return` outside a function or
// assigning to a literal.
#ifndef MP_COMPILER_COMPILER_H_
#define MP_COMPILER_COMPILER_H_

#include "compiler/raw_code.h"
#include "parser/node.h"
#include "parser/parser.h"

namespace mp::compiler {

struct CompileOptions {
  Qstr source_file;
  parser::InputKind input = parser::InputKind::kFile;
  // 1 and up remove assert statements (-O).
  int optimize = 0;
};

// The code of the module (for kFile and kSingle), run with no arguments. For
// kSingle, the values of expression statements are printed. For kEval, `module`
// is the parser's expression and the code returns its value.
RawCode* CompileModule(parser::Node module, const CompileOptions& options);

}  // namespace mp::compiler

#endif  // MP_COMPILER_COMPILER_H_
