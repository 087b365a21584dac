#include "compiler/testing.h"

#include "compiler/compiler.h"
#include "gtest/gtest.h"
#include "lexer/reader.h"
#include "lexer/test_allocator.h"
#include "objects/nlr.h"
#include "objects/state.h"
#include "parser/parser.h"

namespace mp::compiler::testing {
namespace {

class QstrNames final : public parser::NameTable {
 public:
  uint32_t Intern(const char* text, size_t length) override {
    return objects::Shared().qstrs.Intern(text, length);
  }
};

}  // namespace

RawCode* Compile(const std::string& source) {
  lexer::TestAllocator allocator;
  QstrNames names;
  lexer::BufferReader reader(source.data(), source.size());
  parser::Parser parser(reader, allocator, names);
  parser::ParseResult parsed = parser.Parse(parser::InputKind::kFile);
  if (parsed.error != parser::ErrorKind::kNone) {
    ADD_FAILURE() << "parse error: " << parsed.message;
    parser.Release();
    return nullptr;
  }
  CompileOptions options;
  options.source_file = objects::q::string_file;
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    RawCode* code = CompileModule(parsed.root, options);
    objects::NlrPop(nlr);
    parser.Release();
    return code;
  }
  parser.Release();
  objects::NlrJump(nlr.exception);
}

}  // namespace mp::compiler::testing
