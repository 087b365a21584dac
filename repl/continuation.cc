#include "repl/continuation.h"

#include <string.h>

namespace mp::repl {
namespace {

constexpr size_t kIndentStep = 4;

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

bool IsNameChar(char c) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// [begin, end) of the line that starts at `start`, without its '\n'.
size_t LineEnd(const char* text, size_t length, size_t start) {
  const void* newline = memchr(text + start, '\n', length - start);
  return newline == nullptr
             ? length
             : static_cast<size_t>(static_cast<const char*>(newline) - text);
}

size_t LastLineStart(const char* text, size_t length) {
  size_t start = length;
  while (start > 0 && text[start - 1] != '\n') --start;
  return start;
}

bool IsBlankLine(const char* text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (!IsBlank(text[i])) return false;
  }
  return true;
}

// Where a line's comment starts (or its end): the first '#' outside quotes.
size_t CodeEnd(const char* text, size_t begin, size_t end) {
  char quote = '\0';
  for (size_t i = begin; i < end; ++i) {
    char c = text[i];
    if (quote != '\0') {
      if (c == '\\') {
        ++i;
      } else if (c == quote) {
        quote = '\0';
      }
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '#') {
      return i;
    }
  }
  return end;
}

// The last character of the line's code that is not a blank, or 0.
char LastVisible(const char* text, size_t begin, size_t end) {
  end = CodeEnd(text, begin, end);
  while (end > begin && IsBlank(text[end - 1])) --end;
  return end > begin ? text[end - 1] : '\0';
}

bool StartsCompoundStatement(const char* text, size_t end) {
  size_t start = 0;
  while (start < end && IsBlank(text[start])) ++start;
  if (start < end && text[start] == '@') return true;
  static const char* const kBlockKeywords[] = {
      "if", "while", "for", "try", "with", "def", "class", "async"};
  for (const char* keyword : kBlockKeywords) {
    size_t n = strlen(keyword);
    if (start + n <= end && memcmp(text + start, keyword, n) == 0 &&
        (start + n == end || !IsNameChar(text[start + n]))) {
      return true;
    }
  }
  // `match x:` and the like, whose keyword is also a plain name.
  return LastVisible(text, start, end) == ':';
}

struct Scan {
  int open_brackets = 0;
  bool in_triple_quote = false;
};

// Brackets and strings, skipping comments and escapes.
Scan ScanBrackets(const char* text, size_t length) {
  Scan scan;
  size_t i = 0;
  while (i < length) {
    char c = text[i];
    if (c == '#') {
      i = LineEnd(text, length, i);
    } else if (c == '\'' || c == '"') {
      bool triple = i + 2 < length && text[i + 1] == c && text[i + 2] == c;
      size_t quote_length = triple ? 3 : 1;
      i += quote_length;
      for (;;) {
        if (i >= length) {
          scan.in_triple_quote = triple;
          return scan;
        }
        if (text[i] == '\\') {
          i += 2;
        } else if (!triple && text[i] == '\n') {
          break;  // an unterminated string: the compiler reports it
        } else if (text[i] == c &&
                   (!triple ||
                    (i + 2 < length && text[i + 1] == c && text[i + 2] == c))) {
          i += quote_length;
          break;
        } else {
          ++i;
        }
      }
    } else {
      if (c == '(' || c == '[' || c == '{') ++scan.open_brackets;
      if (c == ')' || c == ']' || c == '}') --scan.open_brackets;
      ++i;
    }
  }
  return scan;
}

}  // namespace

bool NeedsMoreInput(const char* entry, size_t length) {
  Scan scan = ScanBrackets(entry, length);
  if (scan.in_triple_quote || scan.open_brackets > 0) return true;
  if (length > 0 && entry[length - 1] == '\\') return true;
  size_t first_line_end = LineEnd(entry, length, 0);
  if (!StartsCompoundStatement(entry, first_line_end)) return false;
  size_t last_line = LastLineStart(entry, length);
  return last_line == 0 || !IsBlankLine(entry, last_line, length);
}

size_t AutoIndent(const char* entry, size_t length) {
  // The entry ends with the '\n' before the line to come.
  size_t end = length > 0 && entry[length - 1] == '\n' ? length - 1 : length;
  size_t start = LastLineStart(entry, end);
  size_t indent = 0;
  while (start + indent < end && entry[start + indent] == ' ') ++indent;
  indent -= indent % kIndentStep;
  if (LastVisible(entry, start, end) == ':') indent += kIndentStep;
  return indent;
}

}  // namespace mp::repl
