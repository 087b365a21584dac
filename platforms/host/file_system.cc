#include "platforms/host/file_system.h"

#include <string.h>
#include <sys/stat.h>

#include "objects/nlr.h"
#include "objects/state.h"
#include "vm/exec.h"
#include "vm/import.h"
#include "vm/runtime.h"

namespace mp::host {
namespace {

void (*g_on_compiled)(const compiler::RawCode& code) = nullptr;

vm::ImportFileSystem::Kind StatPath(const char* path) {
  struct stat info {};
  if (stat(path, &info) != 0) return vm::ImportFileSystem::kNone;
  if (S_ISDIR(info.st_mode)) return vm::ImportFileSystem::kDirectory;
  return S_ISREG(info.st_mode) ? vm::ImportFileSystem::kFile
                               : vm::ImportFileSystem::kNone;
}

bool ExecModuleFile(const char* path, objects::Map* globals) {
  FILE* file = fopen(path, "rb");
  if (file == nullptr) return false;
  FileReader reader(file);
  vm::ExecOptions options;
  options.source_name = objects::Shared().qstrs.Intern(path, strlen(path));
  options.input = parser::InputKind::kFile;
  options.optimize = vm::Vm().opt_level;
  options.on_compiled = g_on_compiled;
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    vm::ExecSource(reader, options, globals);
    objects::NlrPop(nlr);
    fclose(file);
    return true;
  }
  fclose(file);
  objects::NlrJump(nlr.exception);
}

constexpr vm::ImportFileSystem kHostFileSystem = {&StatPath, &ExecModuleFile};

}  // namespace

int FileReader::NextByte() {
  if (next_ == end_) {
    size_t n = fread(buffer_, 1, sizeof(buffer_), file_);
    if (n == 0) return kEnd;
    next_ = buffer_;
    end_ = buffer_ + n;
  }
  return static_cast<unsigned char>(*next_++);
}

void InstallHostFileSystem(void (*on_compiled)(const compiler::RawCode& code)) {
  g_on_compiled = on_compiled;
  vm::SetImportFileSystem(&kHostFileSystem);
}

}  // namespace mp::host
