// pydump: prints the tokens or the parse tree of a Python file, with the
// project's lexer and parser and nothing of the runtime.
//
//   pydump [--tokens | --tree] file.py ...
//
// Exits with 1 if any file has a syntax error (reported as file:line:column).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "lexer/allocator.h"
#include "lexer/lexer.h"
#include "lexer/reader.h"
#include "lexer/token.h"
#include "parser/dump.h"
#include "parser/parser.h"

namespace {

constexpr size_t kStackBudget = 1 << 20;

class MallocAllocator final : public mp::lexer::Allocator {
 public:
  void* Allocate(size_t bytes) override { return malloc(bytes); }
  void* Reallocate(void* memory, size_t, size_t new_bytes) override {
    return realloc(memory, new_bytes);
  }
  void Free(void* memory, size_t) override { free(memory); }
};

class Names final : public mp::parser::NameTable {
 public:
  uint32_t Intern(const char* text, size_t length) override {
    std::string name(text, length);
    auto [it, added] = ids_.emplace(name, static_cast<uint32_t>(names_.size()));
    if (added) names_.push_back(name);
    return it->second;
  }
  const std::string& NameOf(uint32_t id) const { return names_.at(id); }

 private:
  std::map<std::string, uint32_t> ids_;
  std::vector<std::string> names_;
};

std::string Escaped(const char* text, size_t length) {
  std::string out;
  for (size_t i = 0; i < length; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20) {
      char buffer[8];
      snprintf(buffer, sizeof(buffer), "\\x%02x", c);
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

bool DumpTokens(const std::string& path, const std::string& source) {
  MallocAllocator allocator;
  mp::lexer::BufferReader reader(source.data(), source.size());
  mp::lexer::Lexer lexer(reader, allocator);
  bool ok = true;
  for (;;) {
    const mp::lexer::Token& token = lexer.Next();
    printf("%u:%u %s", token.line, token.column,
           mp::lexer::TokenKindText(token.kind));
    if (token.length > 0 && !mp::lexer::IsError(token.kind)) {
      printf(" %s", Escaped(token.text, token.length).c_str());
    }
    printf("\n");
    if (mp::lexer::IsError(token.kind)) {
      fprintf(stderr, "%s:%u:%u: %s\n", path.c_str(), token.line, token.column,
              mp::lexer::TokenKindText(token.kind));
      ok = false;
      break;
    }
    if (token.kind == mp::lexer::TokenKind::kEnd) break;
  }
  lexer.Release();
  return ok;
}

bool DumpTree(const std::string& path, const std::string& source) {
  MallocAllocator allocator;
  Names names;
  mp::lexer::BufferReader reader(source.data(), source.size());
  mp::parser::Parser parser(reader, allocator, names);
  // Deep input ends in an error well before the (8 MiB) stack does.
  parser.set_stack_limit(static_cast<const char*>(__builtin_frame_address(0)) -
                         kStackBudget);
  mp::parser::ParseResult result = parser.Parse(mp::parser::InputKind::kFile);
  bool ok = result.error == mp::parser::ErrorKind::kNone;
  if (ok) {
    printf("%s\n",
           mp::parser::DumpTree(
               result.root, [&](uint32_t id) { return names.NameOf(id); },
               /*indent=*/true)
               .c_str());
  } else {
    const char* kind =
        result.error == mp::parser::ErrorKind::kIndentation ? "IndentationError"
        : result.error == mp::parser::ErrorKind::kTooDeep   ? "RuntimeError"
                                                            : "SyntaxError";
    fprintf(stderr, "%s:%u:%u: %s: %s\n", path.c_str(), result.line,
            result.column, kind, result.message);
  }
  parser.Release();
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  bool tokens = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "--tokens") == 0) {
      tokens = true;
    } else if (strcmp(argv[i], "--tree") == 0) {
      tokens = false;
    } else {
      paths.push_back(argv[i]);
    }
  }
  if (paths.empty()) {
    fprintf(stderr, "usage: pydump [--tokens | --tree] file.py ...\n");
    return 2;
  }
  bool ok = true;
  for (const std::string& path : paths) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      fprintf(stderr, "pydump: can't open %s\n", path.c_str());
      ok = false;
      continue;
    }
    std::stringstream contents;
    contents << file.rdbuf();
    if (paths.size() > 1) printf("== %s\n", path.c_str());
    ok = (tokens ? DumpTokens(path, contents.str())
                 : DumpTree(path, contents.str())) &&
         ok;
  }
  return ok ? 0 : 1;
}
