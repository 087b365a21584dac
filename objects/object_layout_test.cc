// The object layout (issue 5): what a value word holds, the header every heap
// object starts with, and the size of the common objects, so that a change
// that makes them bigger (or breaks the tagging) fails here first. Built three
// times: for the host, as 32-bit code (the word size of the boards), and as
// 32-bit code with single-precision floats (what a Cortex-M0+ board builds).
#include <stddef.h>
#include <stdint.h>

#include <string>
#include <type_traits>

#include "gc/heap.h"
#include "gtest/gtest.h"
#include "objects/big_int.h"
#include "objects/bound_method.h"
#include "objects/cell.h"
#include "objects/complex.h"
#include "objects/config.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/testing.h"
#include "objects/tuple.h"

namespace mp::objects {
namespace {

std::string Text(Value value) { return testing::Str(value); }

constexpr size_t kWord = sizeof(void*);
constexpr bool k64Bit = kWord == 8;

// The GC blocks an allocation of `bytes` takes.
constexpr size_t BlocksFor(size_t bytes) {
  return (bytes + gc::kBytesPerBlock - 1) / gc::kBytesPerBlock;
}

// The blocks the heap really gave the object a value points to.
size_t BlocksOf(Value value) {
  return Shared().heap.AllocationSize(value.AsObject()) / gc::kBytesPerBlock;
}

TEST(ValueLayoutTest, IsOneTrivialMachineWord) {
  EXPECT_EQ(sizeof(Value), kWord);
  EXPECT_EQ(alignof(Value), alignof(void*));
  EXPECT_TRUE(std::is_trivially_copyable_v<Value>);
  EXPECT_TRUE(std::is_trivially_destructible_v<Value>);
  EXPECT_EQ(Value().bits(), 0u);
  EXPECT_TRUE(Value().IsNull());
}

TEST(ValueLayoutTest, SmallIntsAreImmediateWithOneTagBit) {
  // Every bit of the word but the tag holds the integer.
  EXPECT_EQ(Value::kSmallIntMax, (intptr_t{1} << (8 * kWord - 2)) - 1);
  EXPECT_EQ(Value::kSmallIntMin, -(intptr_t{1} << (8 * kWord - 2)));
  for (intptr_t n : {intptr_t{0}, intptr_t{1}, intptr_t{-1}, intptr_t{12345},
                     Value::kSmallIntMax, Value::kSmallIntMin,
                     Value::kSmallIntMax - 1, Value::kSmallIntMin + 1}) {
    Value v = Value::SmallInt(n);
    EXPECT_TRUE(v.IsSmallInt()) << n;
    EXPECT_EQ(v.AsSmallInt(), n);
    EXPECT_EQ(v.bits(), (static_cast<uintptr_t>(n) << 1) | 1) << n;
    EXPECT_FALSE(v.IsObject() || v.IsQstr() || v.IsImmediate() || v.IsNull());
  }
  EXPECT_TRUE(Value::FitsSmallInt(Value::kSmallIntMax));
  EXPECT_TRUE(Value::FitsSmallInt(Value::kSmallIntMin));
  EXPECT_FALSE(Value::FitsSmallInt(Value::kSmallIntMax + 1));
  EXPECT_FALSE(Value::FitsSmallInt(Value::kSmallIntMin - 1));
}

// A result one past either end of the small ints is a big int with the right
// value, and shrinks back to a small int when it fits again.
TEST(ValueLayoutTest, OverflowPromotesToABigInt) {
  Value max = Value::SmallInt(Value::kSmallIntMax);
  Value min = Value::SmallInt(Value::kSmallIntMin);
  Value one = Value::SmallInt(1);
  Value above = BinaryOperation(BinaryOp::kAdd, max, one);
  ASSERT_TRUE(IsBigInt(above));
  EXPECT_TRUE(above.IsObject());
  EXPECT_EQ(Text(above), std::to_string(Value::kSmallIntMax + 1LL));
  Value below = BinaryOperation(BinaryOp::kSubtract, min, one);
  ASSERT_TRUE(IsBigInt(below));
  EXPECT_EQ(Text(below), std::to_string(Value::kSmallIntMin - 1LL));
  Value negated = UnaryOperation(UnaryOp::kNegative, min);
  ASSERT_TRUE(IsBigInt(negated));
  EXPECT_EQ(Text(negated), Text(above));
  EXPECT_TRUE(
      IsBigInt(BinaryOperation(BinaryOp::kMultiply, max, Value::SmallInt(2))));
  EXPECT_TRUE(IsBigInt(BinaryOperation(BinaryOp::kLeftShift, one,
                                       Value::SmallInt(8 * kWord - 2))));
  EXPECT_TRUE(
      BinaryOperation(BinaryOp::kLeftShift, one, Value::SmallInt(8 * kWord - 3))
          .IsSmallInt());
  Value back = BinaryOperation(BinaryOp::kSubtract, above, one);
  ASSERT_TRUE(back.IsSmallInt());
  EXPECT_EQ(back.AsSmallInt(), Value::kSmallIntMax);
  back = BinaryOperation(BinaryOp::kAdd, below, one);
  ASSERT_TRUE(back.IsSmallInt());
  EXPECT_EQ(back.AsSmallInt(), Value::kSmallIntMin);
}

TEST(ValueLayoutTest, InternedStringsAreImmediate) {
  Value print = Value::FromQstr(q::print);
  EXPECT_TRUE(print.IsQstr());
  EXPECT_EQ(print.bits() & 7, 2u);
  EXPECT_EQ(print.AsQstr(), q::print);
  EXPECT_FALSE(print.IsObject() || print.IsSmallInt() || print.IsImmediate());
  // A str all the same, with its text in the qstr pool.
  EXPECT_TRUE(IsInstance(print, &kStrType));
  size_t length;
  EXPECT_EQ(std::string(StrData(print, &length), 5), "print");
  EXPECT_EQ(length, 5u);
  // The largest index the word can carry round-trips.
  constexpr Qstr kLargest =
      k64Bit ? UINT32_MAX : static_cast<Qstr>((uintptr_t{1} << 29) - 1);
  EXPECT_EQ(Value::FromQstr(kLargest).AsQstr(), kLargest);
}

// A text hashes alike as a qstr and as a str object, though a str object's
// hash is kept as a small int (31 bits on a 32-bit board) and a qstr's is not.
TEST(ValueLayoutTest, InternedAndHeapStringsHashAlike) {
  for (Qstr name : {q::print, q::write, q::read, q::keys, q::value}) {
    size_t length;
    const char* text = StrData(Value::FromQstr(name), &length);
    Value heap_copy = NewStr(text, length);
    ASSERT_FALSE(heap_copy.IsQstr());
    EXPECT_EQ(Hash(Value::FromQstr(name)), Hash(heap_copy)) << text;
  }
}

TEST(ValueLayoutTest, NoneBoolsAndEllipsisAreImmediate) {
  const Value immediates[] = {Value::None(), Value::False(), Value::True(),
                              Value::Ellipsis()};
  for (unsigned i = 0; i < 4; ++i) {
    Value v = immediates[i];
    EXPECT_TRUE(v.IsImmediate()) << i;
    EXPECT_EQ(v.bits() & 7, 6u) << i;
    EXPECT_EQ(v.ImmediateIndex(), i);
    EXPECT_FALSE(v.IsObject() || v.IsSmallInt() || v.IsQstr() || v.IsNull());
    for (unsigned j = 0; j < i; ++j) EXPECT_NE(v, immediates[j]);
  }
  EXPECT_TRUE(Value::True().IsBool());
  EXPECT_TRUE(Value::False().IsBool());
  EXPECT_FALSE(Value::None().IsBool() || Value::Ellipsis().IsBool());
  // The sentinel is a word no value has: tagged like a pointer but pointing
  // nowhere an object can be.
  Value sentinel = Value::Sentinel();
  EXPECT_FALSE(sentinel.IsSmallInt() || sentinel.IsQstr() ||
               sentinel.IsImmediate() || sentinel.IsNull());
  EXPECT_FALSE(Shared().heap.Contains(sentinel.AsObject()));
}

TEST(ValueLayoutTest, HeapObjectsArePointersToTheirHeader) {
  Value list = Value(&NewList(0, nullptr)->base);
  EXPECT_TRUE(list.IsObject());
  // Blocks are word aligned at least, which leaves the two tag bits free.
  EXPECT_EQ(list.bits() & 3, 0u);
  EXPECT_EQ(list.bits() % alignof(void*), 0u);
  EXPECT_TRUE(Shared().heap.Contains(list.AsObject()));
  EXPECT_EQ(list.AsObject()->type, &kListType);
  // Built-in types live in flash, outside the heap, and are values too.
  Value type = Value(&kListType.base);
  EXPECT_TRUE(type.IsObject());
  EXPECT_FALSE(Shared().heap.Contains(type.AsObject()));
}

TEST(ObjectLayoutTest, EveryObjectStartsWithItsTypeWord) {
  EXPECT_EQ(sizeof(Object), kWord);
  EXPECT_EQ(offsetof(Tuple, base), 0u);
  EXPECT_EQ(offsetof(List, base), 0u);
  EXPECT_EQ(offsetof(Str, base), 0u);
  EXPECT_EQ(offsetof(BigInt, base), 0u);
  EXPECT_EQ(offsetof(Dict, base), 0u);
  EXPECT_EQ(offsetof(BoundMethod, base), 0u);
  EXPECT_EQ(offsetof(Cell, base), 0u);
  EXPECT_EQ(offsetof(Type, base), 0u);
#if MP_HAS_FLOAT
  EXPECT_EQ(offsetof(Float, base), 0u);
#endif
#if MP_HAS_COMPLEX
  EXPECT_EQ(offsetof(Complex, base), 0u);
#endif
}

TEST(ObjectLayoutTest, ContainerHeaders) {
  // A tuple is its header, its length and the items inline.
  EXPECT_EQ(sizeof(Tuple), 2 * kWord);
  EXPECT_EQ(offsetof(Tuple, items), 2 * kWord);
  // A list: header, length, capacity, and the items elsewhere.
  EXPECT_EQ(sizeof(List), 4 * kWord);
  EXPECT_EQ(sizeof(BoundMethod), 3 * kWord);
  EXPECT_EQ(sizeof(Cell), 2 * kWord);
  // Header, hash, is_ascii, length, data pointer.
  EXPECT_EQ(sizeof(Str), k64Bit ? 32u : 20u);
  // Header, length in digits and sign; the digits follow.
  EXPECT_EQ(sizeof(BigInt), k64Bit ? 16u : 12u);
  // Header, entries and slots pointers, four 32-bit counts.
  EXPECT_EQ(sizeof(Dict), k64Bit ? 40u : 28u);
  // A pair and a small list cost one block each.
  Value pair[2] = {Value::SmallInt(1), Value::SmallInt(2)};
  EXPECT_EQ(BlocksOf(Value(&NewTuple(2, pair)->base)), 1u);
  EXPECT_EQ(BlocksOf(Value(&NewList(0, nullptr)->base)), 1u);
}

#if MP_HAS_FLOAT
TEST(ObjectLayoutTest, FloatIsAHeaderAndItsValue) {
  EXPECT_EQ(sizeof(Real), MP_FLOAT_IMPL == MP_FLOAT_IMPL_SINGLE ? 4u : 8u);
  EXPECT_EQ(offsetof(Float, value),
            alignof(Real) > kWord ? alignof(Real) : kWord);
  // Nothing but alignment padding after the value.
  EXPECT_EQ(sizeof(Float) % alignof(Float), 0u);
  EXPECT_LT(sizeof(Float) - offsetof(Float, value) - sizeof(Real),
            alignof(Float));
  if (!k64Bit && MP_FLOAT_IMPL == MP_FLOAT_IMPL_SINGLE) {
    EXPECT_EQ(sizeof(Float), 8u);  // two words on a board
  }
  EXPECT_EQ(BlocksFor(sizeof(Float)), 1u);
  Value x = NewFloat(1.5);
  EXPECT_TRUE(IsFloat(x));
  EXPECT_EQ(BlocksOf(x), 1u);
}
#endif

#if MP_HAS_COMPLEX
TEST(ObjectLayoutTest, ComplexIsAHeaderAndTwoParts) {
  EXPECT_EQ(offsetof(Complex, imag), offsetof(Complex, real) + sizeof(Real));
  EXPECT_LT(sizeof(Complex) - offsetof(Complex, imag) - sizeof(Real),
            alignof(Complex));
  // Two blocks only for doubles on 32-bit targets; single parts halve it.
  bool one_block = k64Bit || MP_FLOAT_IMPL == MP_FLOAT_IMPL_SINGLE;
  size_t blocks = one_block ? 1 : 2;
  EXPECT_EQ(BlocksFor(sizeof(Complex)), blocks);
  EXPECT_EQ(BlocksOf(NewComplex(1, 2)), blocks);
}
#endif

}  // namespace
}  // namespace mp::objects
