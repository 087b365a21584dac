#include "objects/str_text.h"

#include <string.h>

#include "objects/exception.h"
#include "objects/operations.h"

namespace mp::objects {

Text SelfText(Value self) {
  Text text;
  text.value = self;
  text.data = StrArgData(self, &text.length);
  text.ascii = IsAsciiValue(self);
  return text;
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
  if (from == 0 && to == text.length) return text.value;
  if (from == to) return Value::FromQstr(q::empty);
  if (!text.ascii) return NewStr(text.data + from, to - from);
  char* out;
  Value result = NewStrUninitialized(to - from, &out);
  memcpy(out, text.data + from, to - from);
  result.As<Str>()->is_ascii = true;
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
