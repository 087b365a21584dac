// The codecs behind str.encode, bytes.decode, str(b, encoding) and
// bytes(s, encoding): UTF-8, ASCII and Latin-1, with the error handlers
// strict, ignore, replace, backslashreplace and (encoding only)
// xmlcharrefreplace.
#include <string.h>

#include "objects/bytes.h"
#include "objects/exception.h"
#include "objects/print.h"
#include "objects/str.h"
#include "objects/unicode.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

enum class ErrorHandler {
  kStrict,
  kIgnore,
  kReplace,
  kBackslashReplace,
  kXmlCharRefReplace,
};

bool TextEquals(const char* text, size_t length, const char* literal) {
  return length == strlen(literal) && memcmp(text, literal, length) == 0;
}

// The `errors` argument; LookupError for a name CPython does not know (asked
// only once an error happens, as CPython does).
ErrorHandler ParseErrorHandler(Value errors) {
  if (errors.IsNull()) return ErrorHandler::kStrict;
  size_t length;
  const char* name = StrArgData(errors, &length);
  if (TextEquals(name, length, "strict")) return ErrorHandler::kStrict;
  if (TextEquals(name, length, "ignore")) return ErrorHandler::kIgnore;
  if (TextEquals(name, length, "replace")) return ErrorHandler::kReplace;
  if (TextEquals(name, length, "backslashreplace"))
    return ErrorHandler::kBackslashReplace;
  if (TextEquals(name, length, "xmlcharrefreplace"))
    return ErrorHandler::kXmlCharRefReplace;
  RaiseFormat(&kLookupErrorType, "unknown error handler name '%.*s'",
              static_cast<int>(length), name);
}

const char* EncodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kAscii:
      return "ascii";
    case Encoding::kLatin1:
      return "latin-1";
    default:
      return "utf-8";
  }
}

// The length of the well-formed character at data[0, length), or 0 when
// there is none; then *invalid is how many bytes make up the error.
size_t CharacterLength(const char* data, size_t length, Encoding encoding,
                       size_t* invalid) {
  if (encoding == Encoding::kUtf8)
    return ValidUtf8Length(data, length, invalid);
  *invalid = 1;
  return static_cast<uint8_t>(data[0]) < 0x80 ? 1 : 0;
}

}  // namespace

Encoding ParseEncoding(Value encoding) {
  if (encoding.IsNull()) return Encoding::kUtf8;
  size_t length;
  const char* name = StrArgData(encoding, &length);
  // Compared as CPython normalises names: any case, '-', '_' and ' ' ignored.
  char normal[10];
  size_t n = 0;
  for (size_t i = 0; i < length && n <= sizeof(normal); ++i) {
    char c = name[i];
    if (c == '-' || c == '_' || c == ' ') continue;
    if (n < sizeof(normal)) {
      normal[n] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    ++n;
  }
  if (TextEquals(normal, n, "utf8")) return Encoding::kUtf8;
  if (TextEquals(normal, n, "ascii")) return Encoding::kAscii;
  if (TextEquals(normal, n, "latin1") || TextEquals(normal, n, "iso88591") ||
      TextEquals(normal, n, "l1")) {
    return Encoding::kLatin1;
  }
  RaiseFormat(&kLookupErrorType, "unknown encoding: %.*s",
              static_cast<int>(length), name);
}

Value EncodeStr(Value str, Value encoding_name, Value errors) {
  size_t length;
  const char* data = StrArgData(str, &length);
  Encoding encoding = ParseEncoding(encoding_name);
  if (encoding == Encoding::kUtf8 || IsAsciiText(data, length)) {
    return NewBytes(data, length);
  }
  uint32_t limit = encoding == Encoding::kAscii ? 0x80 : 0x100;
  ErrorHandler handler = ErrorHandler::kStrict;
  bool handler_known = false;
  Vstr out(length);
  for (size_t at = 0; at < length;) {
    size_t start = at;
    uint32_t c = DecodeUtf8(data, length, &at);
    if (c < limit) {
      out.AppendChar(static_cast<char>(c));
      continue;
    }
    if (!handler_known) handler = ParseErrorHandler(errors);
    handler_known = true;
    switch (handler) {
      case ErrorHandler::kStrict:
        RaiseFormat(&kUnicodeErrorType,
                    "'%s' codec can't encode character in position %zu",
                    EncodingName(encoding), CharCount(data, start));
      case ErrorHandler::kIgnore:
        break;
      case ErrorHandler::kReplace:
        out.AppendChar('?');
        break;
      case ErrorHandler::kBackslashReplace:
        PrintCharEscape(out.printer(), c);
        break;
      case ErrorHandler::kXmlCharRefReplace:
        Printf(out.printer(), "&#%u;", static_cast<unsigned>(c));
        break;
    }
  }
  return NewBytes(out.data(), out.length());
}

Value DecodeBytes(const char* data, size_t length, Value encoding_name,
                  Value errors) {
  Encoding encoding = ParseEncoding(encoding_name);
  if (encoding == Encoding::kLatin1) {
    Vstr out(length);
    for (size_t i = 0; i < length; ++i) {
      char bytes[2];
      out.Append(bytes, EncodeUtf8(static_cast<uint8_t>(data[i]), bytes));
    }
    return NewStr(out.data(), out.length());
  }
  size_t at = 0;
  size_t invalid;
  while (at < length) {
    size_t n = CharacterLength(data + at, length - at, encoding, &invalid);
    if (n == 0) break;
    at += n;
  }
  if (at == length) return NewStr(data, length);
  ErrorHandler handler = ParseErrorHandler(errors);
  Vstr out(length + 2);
  out.Append(data, at);
  while (at < length) {
    size_t n = CharacterLength(data + at, length - at, encoding, &invalid);
    if (n > 0) {
      out.Append(data + at, n);
      at += n;
      continue;
    }
    switch (handler) {
      case ErrorHandler::kStrict:
        RaiseFormat(&kUnicodeErrorType,
                    "'%s' codec can't decode byte 0x%02x in position %zu",
                    EncodingName(encoding),
                    static_cast<unsigned>(static_cast<uint8_t>(data[at])), at);
      case ErrorHandler::kXmlCharRefReplace:
        RaiseMessage(&kTypeErrorType,
                     "don't know how to handle UnicodeDecodeError in error "
                     "callback");
      case ErrorHandler::kIgnore:
        break;
      case ErrorHandler::kReplace:
        out.Append("\xEF\xBF\xBD");
        break;
      case ErrorHandler::kBackslashReplace:
        for (size_t i = 0; i < invalid; ++i)
          PrintCharEscape(out.printer(), static_cast<uint8_t>(data[at + i]));
        break;
    }
    at += invalid;
  }
  return NewStr(out.data(), out.length());
}

}  // namespace mp::objects
