// The host's files as the interpreter reads them: a Reader over a FILE, and
// import's view of the file system.
#ifndef MP_PLATFORMS_HOST_FILE_SYSTEM_H_
#define MP_PLATFORMS_HOST_FILE_SYSTEM_H_

#include <stdio.h>

#include "compiler/raw_code.h"
#include "lexer/reader.h"

namespace mp::host {

class FileReader final : public lexer::Reader {
 public:
  explicit FileReader(FILE* file) : file_(file) {}
  int NextByte() override;

 private:
  FILE* file_;
  char buffer_[4096];
  const char* next_ = buffer_;
  const char* end_ = buffer_;
};

// Lets import load modules from the host's files; `on_compiled` (or null) sees
// each module's code before it runs.
void InstallHostFileSystem(void (*on_compiled)(const compiler::RawCode& code));

}  // namespace mp::host

#endif  // MP_PLATFORMS_HOST_FILE_SYSTEM_H_
