// Tokenizes and parses every .py file under tests/: the conformance scripts,
// and the test tools written for CPython (which use much of the grammar).
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "lexer/lexer.h"
#include "lexer/test_allocator.h"
#include "parser/parser.h"

namespace mp::parser {
namespace {

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

std::vector<std::filesystem::path> PythonFilesUnderTests() {
  const char* runfiles = getenv("TEST_SRCDIR");
  std::filesystem::path root =
      std::filesystem::path(runfiles != nullptr ? runfiles : ".") /
      "micropython_cc" / "tests";
  std::vector<std::filesystem::path> files;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() == ".py") files.push_back(entry.path());
  }
  return files;
}

TEST(ParseFilesTest, EveryPythonFileUnderTestsParses) {
  std::vector<std::filesystem::path> files = PythonFilesUnderTests();
  // The conformance scripts alone are over 50.
  ASSERT_GT(files.size(), 50u);
  for (const auto& path : files) {
    std::ifstream file(path, std::ios::binary);
    std::stringstream contents;
    contents << file.rdbuf();
    std::string source = contents.str();

    lexer::TestAllocator allocator;
    lexer::BufferReader token_reader(source.data(), source.size());
    lexer::Lexer lexer(token_reader, allocator);
    size_t tokens = 0;
    for (;;) {
      const lexer::Token& token = lexer.Next();
      ASSERT_FALSE(lexer::IsError(token.kind))
          << path << ":" << token.line << ":" << token.column << ": "
          << lexer::TokenKindText(token.kind);
      ++tokens;
      if (token.kind == lexer::TokenKind::kEnd) break;
    }
    lexer.Release();
    EXPECT_GT(tokens, 1u) << path;

    Names names;
    lexer::BufferReader reader(source.data(), source.size());
    Parser parser(reader, allocator, names);
    ParseResult result = parser.Parse(InputKind::kFile);
    EXPECT_EQ(result.error, ErrorKind::kNone)
        << path << ":" << result.line << ":" << result.column << ": "
        << (result.message != nullptr ? result.message : "");
    parser.Release();
    EXPECT_EQ(allocator.live(), 0u) << path;
  }
}

}  // namespace
}  // namespace mp::parser
