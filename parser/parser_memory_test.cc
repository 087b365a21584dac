// The parse tree's memory on a 32-bit layout: a 500-line module must parse
// within the budget in docs/parser.md. Built with -m32
// (//parser:parser_memory_test).
#include <stdio.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "lexer/reader.h"
#include "lexer/test_allocator.h"
#include "parser/parser.h"

namespace mp::parser {
namespace {

// Peak bytes the lexer and parser may hold for the 500-line module, interned
// names aside (on a board those are qstrs, shared with the rest of the
// program).
constexpr size_t kBudgetBytes = 40 * 1024;

class Names final : public NameTable {
 public:
  uint32_t Intern(const char* text, size_t length) override {
    auto [it, added] = ids_.emplace(std::string(text, length),
                                    static_cast<uint32_t>(ids_.size()));
    return it->second;
  }

 private:
  std::map<std::string, uint32_t> ids_;
};

std::string ReadTestData(const char* name) {
  const char* runfiles = getenv("TEST_SRCDIR");
  std::filesystem::path path =
      std::filesystem::path(runfiles != nullptr ? runfiles : ".") /
      "micropython_cc/parser/testdata" / name;
  std::ifstream file(path, std::ios::binary);
  std::stringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

TEST(ParserMemoryTest, FiveHundredLineModuleFitsTheBudgetOn32Bits) {
  ASSERT_EQ(sizeof(void*), 4u) << "this test measures the 32-bit layout";
  std::string source = ReadTestData("module_500_lines.py");
  size_t lines = 0;
  for (char c : source) lines += c == '\n';
  ASSERT_EQ(lines, 500u);

  lexer::TestAllocator allocator;
  Names names;
  lexer::BufferReader reader(source.data(), source.size());
  Parser parser(reader, allocator, names);
  ParseResult result = parser.Parse(InputKind::kFile);
  ASSERT_EQ(result.error, ErrorKind::kNone)
      << result.line << ": " << result.message;
  size_t tree = parser.tree_bytes();
  parser.Release();

  size_t peak = allocator.peak();
  printf(
      "500 lines: peak %zu bytes (%.1f per line), tree %zu bytes (%.1f per "
      "line)\n",
      peak, static_cast<double>(peak) / lines, tree,
      static_cast<double>(tree) / lines);
  RecordProperty("peak_bytes", static_cast<int>(peak));
  RecordProperty("tree_bytes", static_cast<int>(tree));
  EXPECT_LE(peak, kBudgetBytes);
  EXPECT_EQ(allocator.live(), 0u);
}

}  // namespace
}  // namespace mp::parser
