#include "objects/bytes.h"

#include <string.h>

#include <string>

#include "gtest/gtest.h"
#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/slice.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/testing.h"
#include "objects/unicode.h"

namespace mp::objects {
namespace {

using testing::RaisedBy;
using testing::Repr;
using testing::Str;

Value B(const char* data, size_t length) { return NewBytes(data, length); }
Value B(const char* text) { return B(text, strlen(text)); }
Value I(intptr_t n) { return Value::SmallInt(n); }

Value CallMethod(Value self, Qstr name, size_t n_args = 0,
                 const Value* args = nullptr) {
  Value method[2];
  LoadMethod(self, name, method);
  Value all[4] = {method[1]};
  for (size_t i = 0; i < n_args; ++i) all[i + 1] = args[i];
  return Call(method[0], n_args + 1, 0, all);
}

TEST(BytesTest, ReprEscapesOutsidePrintableAscii) {
  EXPECT_EQ(Repr(B("a\x00\x7f\x80\xff\n", 6)), "b'a\\x00\\x7f\\x80\\xff\\n'");
  EXPECT_EQ(Repr(B("it's")), "b\"it's\"");
  EXPECT_EQ(Repr(B("'\"")), "b'\\'\"'");
  // str() of bytes is their repr, as in CPython.
  EXPECT_EQ(Str(B("x")), "b'x'");
  Value array = Value(&NewByteArray("\\", 1)->base);
  EXPECT_EQ(Repr(array), "bytearray(b'\\\\')");
}

TEST(BytesTest, EmptyBytesAreOneStaticObject) {
  EXPECT_EQ(B(""), NewBytes(nullptr, 0));
  EXPECT_EQ(Hash(B("")), Hash(NewBytes("", 0)));
  EXPECT_EQ(Length(B("")), 0u);
}

TEST(BytesTest, EqualBytesHashAlikeWhateverTheirOrigin) {
  Value made = BinaryOperation(BinaryOp::kAdd, B("ab"), B("c"));
  EXPECT_TRUE(Equal(made, B("abc")));
  EXPECT_EQ(Hash(made), Hash(B("abc")));
  EXPECT_NE(Hash(B("abc")), Hash(B("abd")));
  Value array = Value(&NewByteArray("abc", 3)->base);
  EXPECT_TRUE(Equal(array, made));
  EXPECT_EQ(RaisedBy([&] { Hash(array); }),
            "TypeError: unhashable type: 'bytearray'");
}

TEST(BufferTest, BytesLikeObjectsLendTheirBytes) {
  Buffer buffer;
  ASSERT_TRUE(GetBuffer(B("xyz"), &buffer));
  EXPECT_EQ(std::string(buffer.data, buffer.length), "xyz");
  EXPECT_FALSE(buffer.writable);
  Value array = Value(&NewByteArray("ab", 2)->base);
  ASSERT_TRUE(GetBuffer(array, &buffer));
  EXPECT_TRUE(buffer.writable);
  Value view = Call(Value(&kMemoryViewType.base), 1, 0, &array);
  ASSERT_TRUE(GetBuffer(view, &buffer));
  EXPECT_EQ(std::string(buffer.data, buffer.length), "ab");
  EXPECT_FALSE(GetBuffer(NewStr("s", 1), &buffer));
  EXPECT_FALSE(GetBuffer(I(1), &buffer));
  EXPECT_FALSE(GetBuffer(Value::None(), &buffer));
  EXPECT_EQ(RaisedBy([&] { BufferArg(I(1)); }),
            "TypeError: a bytes-like object is required, not 'int'");
}

TEST(BufferTest, AViewOfABytearrayThatShrankRaisesInsteadOfReadingPastIt) {
  ByteArray* array = NewByteArray("0123456789", 10);
  Value array_value = Value(&array->base);
  Value view = Call(Value(&kMemoryViewType.base), 1, 0, &array_value);
  Value tail = Subscript(view, NewSlice(I(6), Value::None(), Value::None()));
  EXPECT_EQ(Str(Subscript(tail, I(0))), "54");
  CallMethod(array_value, q::clear);
  EXPECT_EQ(RaisedBy([&] { Subscript(tail, I(0)); }),
            "ValueError: memoryview's buffer was resized");
  EXPECT_EQ(RaisedBy([&] { Length(CallMethod(tail, q::tobytes)); }),
            "ValueError: memoryview's buffer was resized");
  // Once the bytearray has grown again, the view sees its new bytes.
  Value more = B("abcdefghij");
  CallMethod(array_value, q::extend, 1, &more);
  EXPECT_EQ(Str(CallMethod(tail, q::tobytes)), "b'ghij'");
}

TEST(BufferTest, ABytearrayExtendedByItselfReadsItsOldBytes) {
  Value array = Value(&NewByteArray("abc", 3)->base);
  for (int i = 0; i < 6; ++i) CallMethod(array, q::extend, 1, &array);
  EXPECT_EQ(Length(array), 3u << 6);
  Value view = Call(Value(&kMemoryViewType.base), 1, 0, &array);
  StoreSubscript(array, NewSlice(I(0), I(10), Value::None()), view);
  EXPECT_EQ(Length(array), (3u << 6) * 2 - 10);
  Buffer buffer;
  GetBuffer(array, &buffer);
  EXPECT_EQ(std::string(buffer.data, 6), "abcabc");
}

TEST(CodecTest, Utf8ValidationFindsMaximalInvalidParts) {
  struct Case {
    const char* data;
    size_t length;
    size_t valid;
    size_t invalid;
  } cases[] = {
      {"a", 1, 1, 0},
      {"\xc3\xa9", 2, 2, 0},
      {"\xf0\x9f\x98\x80", 4, 4, 0},
      {"\xc3", 1, 0, 1},
      {"\xc0\x80", 2, 0, 1},          // overlong
      {"\xe0\x80\x80", 3, 0, 1},      // overlong
      {"\xed\xa0\x80", 3, 0, 1},      // a surrogate
      {"\xf4\x90\x80\x80", 4, 0, 1},  // past U+10FFFF
      {"\xf0\x9f\x98", 3, 0, 3},      // truncated
      {"\xe2\x28\xa1", 3, 0, 1},
      {"\x80", 1, 0, 1},
      {"\xff", 1, 0, 1},
  };
  for (const Case& c : cases) {
    size_t invalid = 0;
    EXPECT_EQ(ValidUtf8Length(c.data, c.length, &invalid), c.valid) << c.data;
    if (c.valid == 0) {
      EXPECT_EQ(invalid, c.invalid) << c.data;
    }
  }
}

TEST(CodecTest, DecodeReplacesEachInvalidPartOnce) {
  Value replace = NewStr("replace", 7);
  Value text = DecodeBytes("a\xf0\x9f\x98z\xff", 6, Value(), replace);
  EXPECT_EQ(Str(text), "a\xef\xbf\xbdz\xef\xbf\xbd");
  EXPECT_EQ(Length(text), 4u);
  EXPECT_EQ(RaisedBy([&] { DecodeBytes("ab\xff", 3, Value(), Value()); }),
            "UnicodeError: 'utf-8' codec can't decode byte 0xff in position 2");
  EXPECT_EQ(RaisedBy([&] { DecodeBytes("", 0, NewStr("utf-16", 6), Value()); }),
            "LookupError: unknown encoding: utf-16");
  EXPECT_EQ(ParseEncoding(NewStr("ASCII", 5)), Encoding::kAscii);
  EXPECT_EQ(ParseEncoding(NewStr("UTF_8", 5)), Encoding::kUtf8);
  EXPECT_EQ(ParseEncoding(NewStr("ISO-8859-1", 10)), Encoding::kLatin1);
  EXPECT_EQ(ParseEncoding(Value()), Encoding::kUtf8);
}

TEST(BytesTest, ConstructionRejectsBadSources) {
  Value negative = I(-1);
  EXPECT_EQ(RaisedBy([&] { Call(Value(&kBytesType.base), 1, 0, &negative); }),
            "ValueError: negative count");
  Value text = NewStr("abc", 3);
  EXPECT_EQ(RaisedBy([&] { Call(Value(&kBytesType.base), 1, 0, &text); }),
            "TypeError: string argument without an encoding");
  Value none = Value::None();
  EXPECT_EQ(RaisedBy([&] { Call(Value(&kByteArrayType.base), 1, 0, &none); }),
            "TypeError: cannot convert 'NoneType' object to bytes");
  Value huge = I(Value::kSmallIntMax);
  EXPECT_EQ(RaisedBy([&] {
              Call(Value(&kBytesType.base), 1, 0, &huge);
            }).substr(0, 11),
            "MemoryError");
}

}  // namespace
}  // namespace mp::objects
