#include "objects/str_text.h"

#include <string.h>

#include "objects/big_int.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/operations.h"
#include "objects/unicode.h"

namespace mp::objects {

Text SelfText(Value self) {
  self = NativeValue(self);
  const Type* type = TypeOf(self);
  bool is_bytes = type == &kBytesType || type == &kByteArrayType;
  return ArgText(self,
                 Text{Value(), nullptr, 0, true, is_bytes ? type : &kStrType});
}

Text ArgText(Value arg, const Text& self) {
  Text text;
  text.value = arg;
  text.type = self.type;
  text.ascii = true;
  if (!IsBytesText(self)) {
    text.data = StrArgData(arg, &text.length);
    text.ascii = IsAsciiValue(NativeValue(arg));
    return text;
  }
  Buffer buffer = BufferArg(arg);
  text.data = buffer.data;
  text.length = buffer.length;
  return text;
}

Text NeedleText(Value arg, const Text& self) {
  if (IsBytesText(self) && (IsInt(arg) || arg.IsBool())) {
    char byte = static_cast<char>(ToByte(arg));
    return ArgText(NewBytes(&byte, 1), self);
  }
  return ArgText(arg, self);
}

uint32_t NextChar(const Text& text, size_t* offset) {
  if (!IsBytesText(text)) return DecodeUtf8(text.data, text.length, offset);
  auto c = static_cast<uint8_t>(text.data[(*offset)++]);
  return c >= 0x80 || (c >= 0x1C && c <= 0x1F) ? 0x80 : c;
}

uint32_t PreviousChar(const Text& text, size_t* offset) {
  if (!IsBytesText(text)) return DecodeUtf8Before(text.data, offset);
  size_t at = --*offset;
  return NextChar(text, &at);
}

size_t CharSizeAt(const Text& text, size_t offset) {
  return text.ascii ? 1 : CharLengthAt(text.data, text.length, offset);
}

size_t FindBytes(const char* data, size_t from, size_t to, const char* needle,
                 size_t needle_length, bool reverse) {
  if (to < from || to - from < needle_length) return kNotFound;
  size_t last = to - needle_length;
  if (needle_length == 0) return reverse ? last : from;
  if (reverse) {
    for (size_t i = last + 1; i-- > from;) {
      if (data[i] == needle[0] && memcmp(data + i, needle, needle_length) == 0)
        return i;
    }
    return kNotFound;
  }
  for (size_t i = from; i <= last;) {
    const void* hit = memchr(data + i, needle[0], last - i + 1);
    if (hit == nullptr) return kNotFound;
    i = static_cast<size_t>(static_cast<const char*>(hit) - data);
    if (memcmp(data + i, needle, needle_length) == 0) return i;
    ++i;
  }
  return kNotFound;
}

size_t CharLength(const Text& text) {
  return text.ascii ? text.length : CharCount(text.data, text.length);
}

size_t OffsetOfChar(const Text& text, size_t index) {
  if (text.ascii) return index < text.length ? index : text.length;
  return ByteOffsetOfChar(text.data, text.length, index);
}

size_t CharIndexOf(const Text& text, size_t offset) {
  return text.ascii ? offset : CharCount(text.data, offset);
}

bool ResolveRange(const Text& text, size_t n_args, const Value* args,
                  size_t first, size_t* from, size_t* to) {
  auto chars = static_cast<intptr_t>(CharLength(text));
  auto bound = [&](size_t i, intptr_t absent) {
    if (i >= n_args || args[i].IsNone()) return absent;
    intptr_t index = ToIntptr(args[i]);
    if (index < 0) index = index + chars < 0 ? 0 : index + chars;
    return index > chars ? chars + 1 : index;
  };
  intptr_t start = bound(first, 0);
  intptr_t end = bound(first + 1, chars);
  if (end > chars) end = chars;
  if (start > end) return false;
  *from = OffsetOfChar(text, static_cast<size_t>(start));
  *to = OffsetOfChar(text, static_cast<size_t>(end));
  return true;
}

Value SubStr(const Text& text, size_t from, size_t to) {
  if (from == 0 && to == text.length && text.type != &kByteArrayType &&
      TypeOf(text.value) == text.type) {
    return text.value;
  }
  return NewText(text, text.data + from, to - from);
}

Value NewText(const Text& like, const char* data, size_t length) {
  if (IsBytesText(like)) return NewBytesOfType(like.type, data, length);
  if (length == 0) return Value::FromQstr(q::empty);
  if (!like.ascii) return NewStr(data, length);
  char* out;
  Value result = NewTextUninitialized(like, length, true, &out);
  memcpy(out, data, length);
  return result;
}

Value NewTextUninitialized(const Text& like, size_t length, bool ascii,
                           char** data) {
  if (like.type == &kByteArrayType) {
    ByteArray* array = NewByteArray(nullptr, length);
    *data = array->data;
    return Value(&array->base);
  }
  if (like.type == &kBytesType) return NewBytesUninitialized(length, data);
  Value result = NewStrUninitialized(length, data);
  result.As<Str>()->is_ascii = ascii;
  return result;
}

size_t AddLengths(size_t a, size_t b) {
  if (a > SIZE_MAX - b) RaiseMemoryError(SIZE_MAX);
  return a + b;
}

size_t MultiplyLength(size_t size, size_t n) {
  if (n != 0 && size > SIZE_MAX / n) RaiseMemoryError(SIZE_MAX);
  return size * n;
}

}  // namespace mp::objects
