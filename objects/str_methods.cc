// The methods of str that search, split, join, strip, replace and pad, and the
// table of all of str's methods. Indexes that Python sees are in characters;
// inside, positions are byte offsets, and non-ASCII text is walked only where
// the two differ.
#include <string.h>

#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/instance.h"
#include "objects/list.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/str_text.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

// How many times the needle occurs in data[from, to) without overlapping, up
// to `limit`. An empty needle occurs between characters and at both ends.
size_t CountBytes(const Text& text, size_t from, size_t to, const char* needle,
                  size_t needle_length, size_t limit) {
  if (needle_length == 0) {
    size_t chars =
        text.ascii ? to - from : CharCount(text.data + from, to - from);
    return chars + 1 < limit ? chars + 1 : limit;
  }
  size_t count = 0;
  while (count < limit) {
    size_t at = FindBytes(text.data, from, to, needle, needle_length, false);
    if (at == kNotFound) break;
    ++count;
    from = at + needle_length;
  }
  return count;
}

// An optional int argument (not None: CPython refuses it here too).
intptr_t OptionalInt(size_t n_args, const Value* args, size_t i,
                     intptr_t absent) {
  if (i >= n_args || args[i].IsNull()) return absent;
  return ToIntptr(args[i]);
}

// s.find(sub[, start[, end]]) and its kin: the character index of sub, or -1
// (or ValueError when `raise_missing`).
Value Find(size_t n_args, const Value* args, bool reverse, bool raise_missing) {
  Text text = SelfText(args[0]);
  Text needle = NeedleText(args[1], text);
  size_t from;
  size_t to;
  size_t at = kNotFound;
  if (ResolveRange(text, n_args, args, 2, &from, &to)) {
    at = FindBytes(text.data, from, to, needle.data, needle.length, reverse);
  }
  if (at == kNotFound) {
    if (raise_missing) RaiseMessage(&kValueErrorType, "substring not found");
    return Value::SmallInt(-1);
  }
  return Value::SmallInt(static_cast<intptr_t>(CharIndexOf(text, at)));
}

Value FindMethod(size_t n_args, size_t, const Value* args) {
  return Find(n_args, args, false, false);
}
Value RFindMethod(size_t n_args, size_t, const Value* args) {
  return Find(n_args, args, true, false);
}
Value IndexMethod(size_t n_args, size_t, const Value* args) {
  return Find(n_args, args, false, true);
}
Value RIndexMethod(size_t n_args, size_t, const Value* args) {
  return Find(n_args, args, true, true);
}

Value CountMethod(size_t n_args, size_t, const Value* args) {
  Text text = SelfText(args[0]);
  Text needle = NeedleText(args[1], text);
  size_t from;
  size_t to;
  if (!ResolveRange(text, n_args, args, 2, &from, &to))
    return Value::SmallInt(0);
  return Value::SmallInt(static_cast<intptr_t>(
      CountBytes(text, from, to, needle.data, needle.length, SIZE_MAX)));
}

// s.startswith(prefix[, start[, end]]), prefix a str (bytes for bytes) or a
// tuple of them; and endswith.
Value StartsOrEndsWith(size_t n_args, const Value* args, bool at_end,
                       const char* name) {
  Text text = SelfText(args[0]);
  Value affixes = args[1];
  const Value* candidates = &args[1];
  size_t count = 1;
  if (TypeOf(affixes) == &kTupleType) {
    candidates = affixes.As<Tuple>()->items;
    count = affixes.As<Tuple>()->length;
  }
  size_t from;
  size_t to;
  bool in_range = ResolveRange(text, n_args, args, 2, &from, &to);
  for (size_t i = 0; i < count; ++i) {
    Buffer buffer;
    bool matching_type = IsBytesText(text)
                             ? GetBuffer(candidates[i], &buffer)
                             : IsInstance(candidates[i], &kStrType);
    if (!matching_type) {
      const char* kind = IsBytesText(text) ? "bytes" : "str";
      RaiseFormat(&kTypeErrorType,
                  "%s first arg must be %s or a tuple of %s, not %q", name,
                  kind, kind, TypeName(candidates[i]));
    }
    Text affix = ArgText(candidates[i], text);
    if (!in_range || to - from < affix.length) continue;
    const char* at = text.data + (at_end ? to - affix.length : from);
    if (memcmp(at, affix.data, affix.length) == 0) return Value::True();
  }
  return Value::False();
}

Value StartsWithMethod(size_t n_args, size_t, const Value* args) {
  return StartsOrEndsWith(n_args, args, false, "startswith");
}
Value EndsWithMethod(size_t n_args, size_t, const Value* args) {
  return StartsOrEndsWith(n_args, args, true, "endswith");
}

// The end of the run of whitespace (or of non-whitespace) that starts at
// `offset`.
size_t SkipSpaces(const Text& text, size_t offset, bool spaces) {
  while (offset < text.length) {
    size_t next = offset;
    if (IsSpaceChar(NextChar(text, &next)) != spaces) break;
    offset = next;
  }
  return offset;
}

// The same, backwards from just before `offset`.
size_t SkipSpacesBack(const Text& text, size_t offset, bool spaces) {
  while (offset > 0) {
    size_t previous = offset;
    if (IsSpaceChar(PreviousChar(text, &previous)) != spaces) break;
    offset = previous;
  }
  return offset;
}

// s.split(sep=None, maxsplit=-1) and s.rsplit(...).
Value Split(size_t n_args, size_t n_kw, const Value* args, bool reverse) {
  static constexpr Qstr kNames[] = {q::empty, q::sep, q::maxsplit};
  Value bound[3];
  BindArguments(n_args, n_kw, args, 3, kNames, bound);
  Text text = SelfText(bound[0]);
  intptr_t maxsplit = OptionalInt(3, bound, 2, -1);
  auto limit = maxsplit < 0 ? SIZE_MAX : static_cast<size_t>(maxsplit);
  List* parts = NewList(0, nullptr);
  Value sep = bound[1];
  if (sep.IsNull() || sep.IsNone()) {
    // Runs of whitespace separate; there are no empty parts.
    if (!reverse) {
      size_t at = SkipSpaces(text, 0, true);
      while (at < text.length) {
        // Past maxsplit, the rest is one part, whitespace and all.
        size_t end =
            parts->length < limit ? SkipSpaces(text, at, false) : text.length;
        ListAppend(parts, SubStr(text, at, end));
        at = SkipSpaces(text, end, true);
      }
    } else {
      size_t at = SkipSpacesBack(text, text.length, true);
      while (at > 0) {
        size_t start =
            parts->length < limit ? SkipSpacesBack(text, at, false) : 0;
        ListAppend(parts, SubStr(text, start, at));
        at = SkipSpacesBack(text, start, true);
      }
    }
  } else {
    Text separator = ArgText(sep, text);
    if (separator.length == 0)
      RaiseMessage(&kValueErrorType, "empty separator");
    size_t from = 0;
    size_t to = text.length;
    while (parts->length < limit) {
      size_t at = FindBytes(text.data, from, to, separator.data,
                            separator.length, reverse);
      if (at == kNotFound) break;
      if (reverse) {
        ListAppend(parts, SubStr(text, at + separator.length, to));
        to = at;
      } else {
        ListAppend(parts, SubStr(text, from, at));
        from = at + separator.length;
      }
    }
    ListAppend(parts, SubStr(text, from, to));
  }
  if (reverse) {
    for (size_t i = 0, j = parts->length; i + 1 < j; ++i, --j) {
      Value swapped = parts->items[i];
      parts->items[i] = parts->items[j - 1];
      parts->items[j - 1] = swapped;
    }
  }
  return Value(&parts->base);
}

Value SplitMethod(size_t n_args, size_t n_kw, const Value* args) {
  return Split(n_args, n_kw, args, false);
}
Value RSplitMethod(size_t n_args, size_t n_kw, const Value* args) {
  return Split(n_args, n_kw, args, true);
}

// s.splitlines(keepends=False)
Value SplitLinesMethod(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr Qstr kNames[] = {q::empty, q::keepends};
  Value bound[2];
  BindArguments(n_args, n_kw, args, 2, kNames, bound);
  Text text = SelfText(bound[0]);
  bool keep_ends = OptionalInt(2, bound, 1, 0) != 0;
  List* lines = NewList(0, nullptr);
  size_t start = 0;
  size_t at = 0;
  while (at < text.length) {
    size_t next = at;
    uint32_t c = NextChar(text, &next);
    // bytes break lines only at \n, \r and \r\n.
    if (IsBytesText(text) ? c != '\n' && c != '\r' : !IsLineBreakChar(c)) {
      at = next;
      continue;
    }
    if (c == '\r' && next < text.length && text.data[next] == '\n') ++next;
    ListAppend(lines, SubStr(text, start, keep_ends ? next : at));
    start = at = next;
  }
  if (start < text.length) ListAppend(lines, SubStr(text, start, text.length));
  return Value(&lines->base);
}

// sep.join(iterable): the lengths are summed first, so the result is
// allocated once.
Value JoinMethod(size_t, size_t, const Value* args) {
  SelfText(args[0]);  // TypeError before the iterable is consumed
  Value iterable = args[1];
  const Value* items;
  size_t count;
  if (TypeOf(iterable) == &kListType) {
    items = iterable.As<List>()->items;
    count = iterable.As<List>()->length;
  } else if (TypeOf(iterable) == &kTupleType) {
    items = iterable.As<Tuple>()->items;
    count = iterable.As<Tuple>()->length;
  } else {
    List* list = NewList(0, nullptr);
    Value iterator = GetIter(iterable);
    for (Value item = IterNext(iterator); !item.IsNull();
         item = IterNext(iterator)) {
      ListAppend(list, item);
    }
    items = list->items;
    count = list->length;
  }
  // Only now: the iteration may have changed a bytearray separator.
  Text separator = SelfText(args[0]);
  if (count == 1 && TypeOf(items[0]) == separator.type &&
      separator.type != &kByteArrayType) {
    return items[0];
  }
  size_t total = 0;
  bool ascii = separator.ascii;
  for (size_t i = 0; i < count; ++i) {
    Buffer buffer;
    if (IsBytesText(separator) ? !GetBuffer(items[i], &buffer)
                               : !IsInstance(items[i], &kStrType)) {
      RaiseMessage(&kTypeErrorType,
                   "join expects a list of str/bytes objects consistent with "
                   "self object");
    }
    Text item = ArgText(items[i], separator);
    total = AddLengths(total, item.length);
    if (i > 0) total = AddLengths(total, separator.length);
    ascii = ascii && item.ascii;
  }
  char* out;
  Value result = NewTextUninitialized(separator, total, ascii, &out);
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) {
      memcpy(out, separator.data, separator.length);
      out += separator.length;
    }
    Text item = ArgText(items[i], separator);
    memcpy(out, item.data, item.length);
    out += item.length;
  }
  return result;
}

// Whether the character at data[offset, offset + length) is one of `chars`
// (None or absent meaning whitespace).
bool IsStripped(const Text& text, const Text* chars, size_t offset,
                size_t length) {
  if (chars == nullptr) {
    size_t at = offset;
    return IsSpaceChar(NextChar(text, &at));
  }
  return FindBytes(chars->data, 0, chars->length, text.data + offset, length,
                   false) != kNotFound;
}

// s.strip([chars]), lstrip and rstrip.
Value Strip(size_t n_args, const Value* args, bool left, bool right) {
  Text text = SelfText(args[0]);
  Text chars_text;
  const Text* chars = nullptr;
  if (n_args > 1 && !args[1].IsNone()) {
    chars_text = ArgText(args[1], text);
    chars = &chars_text;
  }
  size_t start = 0;
  size_t end = text.length;
  if (left) {
    while (start < end) {
      size_t length = CharSizeAt(text, start);
      if (!IsStripped(text, chars, start, length)) break;
      start += length;
    }
  }
  if (right) {
    while (end > start) {
      size_t previous = end;
      PreviousChar(text, &previous);
      if (!IsStripped(text, chars, previous, end - previous)) break;
      end = previous;
    }
  }
  return SubStr(text, start, end);
}

Value StripMethod(size_t n_args, size_t, const Value* args) {
  return Strip(n_args, args, true, true);
}
Value LStripMethod(size_t n_args, size_t, const Value* args) {
  return Strip(n_args, args, true, false);
}
Value RStripMethod(size_t n_args, size_t, const Value* args) {
  return Strip(n_args, args, false, true);
}

// s.replace(old, new[, count])
Value ReplaceMethod(size_t n_args, size_t, const Value* args) {
  Text text = SelfText(args[0]);
  Text old_text = ArgText(args[1], text);
  Text new_text = ArgText(args[2], text);
  intptr_t max_count = OptionalInt(n_args, args, 3, -1);
  size_t limit = max_count < 0 ? SIZE_MAX : static_cast<size_t>(max_count);
  size_t count =
      CountBytes(text, 0, text.length, old_text.data, old_text.length, limit);
  if (count == 0) return SubStr(text, 0, text.length);
  size_t removed = count * old_text.length;  // at most text.length
  size_t total =
      AddLengths(text.length - removed, MultiplyLength(new_text.length, count));
  char* out;
  Value result =
      NewTextUninitialized(text, total, text.ascii && new_text.ascii, &out);
  size_t from = 0;
  for (size_t i = 0; i < count; ++i) {
    size_t at;
    if (old_text.length == 0) {
      // Between characters: before the first, then after each.
      at = i == 0 ? 0 : from + CharSizeAt(text, from);
    } else {
      at = FindBytes(text.data, from, text.length, old_text.data,
                     old_text.length, false);
    }
    memcpy(out, text.data + from, at - from);
    out += at - from;
    memcpy(out, new_text.data, new_text.length);
    out += new_text.length;
    from = at + old_text.length;
  }
  memcpy(out, text.data + from, text.length - from);
  return result;
}

// s.partition(sep) and s.rpartition(sep): a 3-tuple.
Value Partition(const Value* args, bool reverse) {
  Text text = SelfText(args[0]);
  Text separator = ArgText(args[1], text);
  if (separator.length == 0) RaiseMessage(&kValueErrorType, "empty separator");
  size_t at = FindBytes(text.data, 0, text.length, separator.data,
                        separator.length, reverse);
  size_t separator_length = separator.length;
  if (at == kNotFound) {
    // The whole text on one side, and two empty ones.
    at = reverse ? 0 : text.length;
    separator_length = 0;
  }
  Value parts[3];
  parts[0] = SubStr(text, 0, at);
  // The separator found is the argument itself (CPython's choice), but a
  // bytearray's parts are all new bytearrays.
  parts[1] = separator_length == 0 ? SubStr(text, at, at)
             : text.type == &kByteArrayType
                 ? SubStr(separator, 0, separator_length)
                 : args[1];
  parts[2] = SubStr(text, at + separator_length, text.length);
  return Value(&NewTuple(3, parts)->base);
}

Value PartitionMethod(size_t, size_t, const Value* args) {
  return Partition(args, false);
}
Value RPartitionMethod(size_t, size_t, const Value* args) {
  return Partition(args, true);
}

// s.center(width[, fillchar]), ljust and rjust, by the align character of a
// format spec.
Value Justify(size_t n_args, const Value* args, char align) {
  Text text = SelfText(args[0]);
  intptr_t width = ToIntptr(args[1]);
  const char* fill = " ";
  size_t fill_length = 1;
  if (n_args > 2) {
    Text fill_text = ArgText(args[2], text);
    if (fill_text.length == 0 || CharSizeAt(fill_text, 0) != fill_text.length) {
      RaiseMessage(&kTypeErrorType,
                   "The fill character must be exactly one character long");
    }
    fill = fill_text.data;
    fill_length = fill_text.length;
  }
  size_t chars = CharLength(text);
  if (width <= static_cast<intptr_t>(chars)) {
    return SubStr(text, 0, text.length);
  }
  size_t padding = static_cast<size_t>(width) - chars;
  size_t left = align == '<' ? 0
                : align == '>'
                    ? padding
                    // CPython's rounding, which differs from
                    // format()'s '^'.
                    : padding / 2 + (padding & static_cast<size_t>(width) & 1);
  size_t total = AddLengths(text.length, MultiplyLength(padding, fill_length));
  char* out;
  Value result =
      NewTextUninitialized(text, total, text.ascii && fill_length == 1, &out);
  for (size_t i = 0; i < padding; ++i) {
    if (i == left) {
      memcpy(out, text.data, text.length);
      out += text.length;
    }
    memcpy(out, fill, fill_length);
    out += fill_length;
  }
  if (left == padding) memcpy(out, text.data, text.length);
  return result;
}

Value CenterMethod(size_t n_args, size_t, const Value* args) {
  return Justify(n_args, args, '^');
}
Value LJustMethod(size_t n_args, size_t, const Value* args) {
  return Justify(n_args, args, '<');
}
Value RJustMethod(size_t n_args, size_t, const Value* args) {
  return Justify(n_args, args, '>');
}

// s.zfill(width): zeros after the sign.
Value ZFillMethod(size_t, size_t, const Value* args) {
  Text text = SelfText(args[0]);
  intptr_t width = ToIntptr(args[1]);
  size_t chars = CharLength(text);
  if (width <= static_cast<intptr_t>(chars)) {
    return SubStr(text, 0, text.length);
  }
  size_t padding = static_cast<size_t>(width) - chars;
  char* out;
  Value result = NewTextUninitialized(text, AddLengths(text.length, padding),
                                      text.ascii, &out);
  size_t sign = text.length > 0 && (text.data[0] == '+' || text.data[0] == '-');
  memcpy(out, text.data, sign);
  memset(out + sign, '0', padding);
  memcpy(out + sign + padding, text.data + sign, text.length - sign);
  return result;
}

// s.expandtabs(tabsize=8)
Value ExpandTabsMethod(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr Qstr kNames[] = {q::empty, q::tabsize};
  Value bound[2];
  BindArguments(n_args, n_kw, args, 2, kNames, bound);
  Text text = SelfText(bound[0]);
  intptr_t tab_size = OptionalInt(2, bound, 1, 8);
  Vstr out(text.length);
  size_t column = 0;
  for (size_t at = 0; at < text.length;) {
    size_t length = CharSizeAt(text, at);
    char c = text.data[at];
    if (c == '\t') {
      if (tab_size > 0) {
        size_t spaces = static_cast<size_t>(tab_size) -
                        column % static_cast<size_t>(tab_size);
        memset(out.Extend(spaces), ' ', spaces);
        column += spaces;
      }
    } else {
      out.Append(text.data + at, length);
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
    at += length;
  }
  return NewText(text, out.data(), out.length());
}

Value AffixRemoved(const Value* args, bool suffix) {
  Text text = SelfText(args[0]);
  Text affix = ArgText(args[1], text);
  size_t at = suffix ? text.length - affix.length : 0;
  if (affix.length == 0 || affix.length > text.length ||
      memcmp(text.data + at, affix.data, affix.length) != 0) {
    return SubStr(text, 0, text.length);
  }
  return suffix ? SubStr(text, 0, at) : SubStr(text, affix.length, text.length);
}

Value RemovePrefixMethod(size_t, size_t, const Value* args) {
  return AffixRemoved(args, false);
}
Value RemoveSuffixMethod(size_t, size_t, const Value* args) {
  return AffixRemoved(args, true);
}

// s.encode(encoding='utf-8', errors='strict')
Value EncodeMethod(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr Qstr kNames[] = {q::empty, q::encoding, q::errors};
  Value bound[3];
  BindArguments(n_args, n_kw, args, 3, kNames, bound);
  return EncodeStr(bound[0], bound[1], bound[2]);
}

}  // namespace

#define MP_STR_METHOD(c_name, name, min, max, kw, fn) \
  constexpr BuiltinFunction c_name = {                \
      {&kBuiltinFunctionType}, q::name, min, max, kw, fn}

MP_STR_METHOD(kStrFind, find, 2, 4, false, FindMethod);
MP_STR_METHOD(kStrRFind, rfind, 2, 4, false, RFindMethod);
MP_STR_METHOD(kStrIndex, index, 2, 4, false, IndexMethod);
MP_STR_METHOD(kStrRIndex, rindex, 2, 4, false, RIndexMethod);
MP_STR_METHOD(kStrCount, count, 2, 4, false, CountMethod);
MP_STR_METHOD(kStrStartsWith, startswith, 2, 4, false, StartsWithMethod);
MP_STR_METHOD(kStrEndsWith, endswith, 2, 4, false, EndsWithMethod);
MP_STR_METHOD(kStrSplit, split, 1, 3, true, SplitMethod);
MP_STR_METHOD(kStrRSplit, rsplit, 1, 3, true, RSplitMethod);
MP_STR_METHOD(kStrSplitLines, splitlines, 1, 2, true, SplitLinesMethod);
MP_STR_METHOD(kStrJoin, join, 2, 2, false, JoinMethod);
MP_STR_METHOD(kStrStrip, strip, 1, 2, false, StripMethod);
MP_STR_METHOD(kStrLStrip, lstrip, 1, 2, false, LStripMethod);
MP_STR_METHOD(kStrRStrip, rstrip, 1, 2, false, RStripMethod);
MP_STR_METHOD(kStrReplace, replace, 3, 4, false, ReplaceMethod);
MP_STR_METHOD(kStrPartition, partition, 2, 2, false, PartitionMethod);
MP_STR_METHOD(kStrRPartition, rpartition, 2, 2, false, RPartitionMethod);
MP_STR_METHOD(kStrCenter, center, 2, 3, false, CenterMethod);
MP_STR_METHOD(kStrLJust, ljust, 2, 3, false, LJustMethod);
MP_STR_METHOD(kStrRJust, rjust, 2, 3, false, RJustMethod);
MP_STR_METHOD(kStrZFill, zfill, 2, 2, false, ZFillMethod);
MP_STR_METHOD(kStrExpandTabs, expandtabs, 1, 2, true, ExpandTabsMethod);
MP_STR_METHOD(kStrRemovePrefix, removeprefix, 2, 2, false, RemovePrefixMethod);
MP_STR_METHOD(kStrRemoveSuffix, removesuffix, 2, 2, false, RemoveSuffixMethod);
MP_STR_METHOD(kStrUpper, upper, 1, 1, false, StrUpperMethod);
MP_STR_METHOD(kStrLower, lower, 1, 1, false, StrLowerMethod);
MP_STR_METHOD(kStrSwapCase, swapcase, 1, 1, false, StrSwapCaseMethod);
MP_STR_METHOD(kStrCapitalize, capitalize, 1, 1, false, StrCapitalizeMethod);
MP_STR_METHOD(kStrTitle, title, 1, 1, false, StrTitleMethod);
MP_STR_METHOD(kStrIsSpace, isspace, 1, 1, false, StrIsSpaceMethod);
MP_STR_METHOD(kStrIsAlpha, isalpha, 1, 1, false, StrIsAlphaMethod);
MP_STR_METHOD(kStrIsDigit, isdigit, 1, 1, false, StrIsDigitMethod);
MP_STR_METHOD(kStrIsAlnum, isalnum, 1, 1, false, StrIsAlnumMethod);
MP_STR_METHOD(kStrIsUpper, isupper, 1, 1, false, StrIsUpperMethod);
MP_STR_METHOD(kStrIsLower, islower, 1, 1, false, StrIsLowerMethod);
MP_STR_METHOD(kStrIsTitle, istitle, 1, 1, false, StrIsTitleMethod);
MP_STR_METHOD(kStrIsAscii, isascii, 1, 1, false, StrIsAsciiMethod);

namespace {

// str's own methods, which bytes lacks.
MP_STR_METHOD(kIsDecimal, isdecimal, 1, 1, false, StrIsDecimalMethod);
MP_STR_METHOD(kIsPrintable, isprintable, 1, 1, false, StrIsPrintableMethod);
MP_STR_METHOD(kIsNumeric, isnumeric, 1, 1, false, StrIsNumericMethod);
MP_STR_METHOD(kIsIdentifier, isidentifier, 1, 1, false, StrIsIdentifierMethod);
MP_STR_METHOD(kFormat, format, 1, kAnyNumberOfArgs, true, StrFormatMethod);
MP_STR_METHOD(kFormatMap, format_map, 2, 2, false, StrFormatMapMethod);
constexpr BuiltinFunction kEncode = {
    {&kBuiltinFunctionType}, q::encode, 1, 3, true, EncodeMethod, &kStrType};
#undef MP_STR_METHOD

constexpr auto kStrMethods =
    SortedByKey(StaticMapTable<kBytesSharedMethodCount + 8>{{
        MethodEntry(q::dunder_new, kBuiltinTypeNew<&kStrType>),
#define MP_X(name, c_name) MethodEntry(q::name, kStr##c_name),
        MP_BYTES_SHARED_METHODS(MP_X)
#undef MP_X
            MethodEntry(q::isdecimal, kIsDecimal),
        MethodEntry(q::isprintable, kIsPrintable),
        MethodEntry(q::isnumeric, kIsNumeric),
        MethodEntry(q::isidentifier, kIsIdentifier),
        MethodEntry(q::format, kFormat),
        MethodEntry(q::format_map, kFormatMap),
        MethodEntry(q::encode, kEncode),
    }});

}  // namespace

constexpr StaticMap kStrLocals = kStrMethods.map();

}  // namespace mp::objects
