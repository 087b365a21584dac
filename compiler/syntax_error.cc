#include "compiler/syntax_error.h"

#include <string.h>

#include "objects/exception.h"
#include "objects/nlr.h"
#include "objects/str.h"

namespace mp::compiler {

void RaiseSyntaxError(objects::Qstr source_file, uint32_t line,
                      const char* message, const objects::Type* type) {
  objects::Value text = objects::NewStaticStr(message, strlen(message));
  objects::Value exception = objects::NewException(
      type != nullptr ? type : &objects::kSyntaxErrorType, 1, &text);
  objects::AddTraceback(exception, source_file, line, objects::q::empty);
  objects::NlrJump(exception);
}

}  // namespace mp::compiler
