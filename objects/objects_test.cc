#include <string.h>

#include <array>
#include <string>

#include "gtest/gtest.h"
#include "objects/attr_tuple.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/map.h"
#include "objects/operations.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/state.h"
#include "objects/str.h"
#include "objects/testing.h"
#include "objects/tuple.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

using testing::RaisedBy;
using testing::Repr;
using testing::Str;

Value S(const char* text) { return NewStr(text, strlen(text)); }
Value I(intptr_t n) { return Value::SmallInt(n); }

TEST(ValueTest, TagsAreDistinct) {
  EXPECT_TRUE(I(-5).IsSmallInt());
  EXPECT_EQ(I(-5).AsSmallInt(), -5);
  EXPECT_EQ(I(Value::kSmallIntMax).AsSmallInt(), Value::kSmallIntMax);
  EXPECT_EQ(I(Value::kSmallIntMin).AsSmallInt(), Value::kSmallIntMin);
  Value q = Value::FromQstr(q::print);
  EXPECT_TRUE(q.IsQstr());
  EXPECT_FALSE(q.IsSmallInt());
  EXPECT_EQ(q.AsQstr(), q::print);
  EXPECT_TRUE(Value::None().IsNone());
  EXPECT_TRUE(Value::True().IsBool());
  EXPECT_FALSE(Value::None().IsBool());
  EXPECT_FALSE(Value::None().IsObject());
  EXPECT_TRUE(Value().IsNull());
  EXPECT_FALSE(Value::FitsSmallInt(Value::kSmallIntMax + 1));
}

TEST(QstrTest, StaticAndDynamicInterning) {
  QstrPool& qstrs = Shared().qstrs;
  EXPECT_EQ(qstrs.Intern("print", 5), q::print);
  EXPECT_EQ(qstrs.Intern("", 0), q::empty);
  Qstr fresh = qstrs.Intern("some_new_name", 13);
  EXPECT_GE(fresh, q::kStaticCount);
  EXPECT_EQ(qstrs.Intern("some_new_name", 13), fresh);
  EXPECT_STREQ(qstrs.Data(fresh), "some_new_name");
  EXPECT_EQ(qstrs.Hash(fresh), HashBytes("some_new_name", 13));
  Qstr found;
  EXPECT_TRUE(qstrs.Find("some_new_name", 13, &found));
  EXPECT_FALSE(qstrs.Find("never_interned", 14, &found));
}

TEST(QstrTest, ManyQstrsSurviveCollections) {
  QstrPool& qstrs = Shared().qstrs;
  Qstr first = 0;
  for (int i = 0; i < 2000; ++i) {
    std::string name = "name_" + std::to_string(i);
    Qstr q = qstrs.Intern(name.data(), name.size());
    if (i == 0) first = q;
    if (i % 500 == 0) Shared().heap.Collect();
  }
  Shared().heap.Collect();
  EXPECT_STREQ(qstrs.Data(first), "name_0");
  EXPECT_EQ(qstrs.Intern("name_1999", 9), first + 1999);
  EXPECT_STREQ(qstrs.Data(first + 1234), "name_1234");
}

TEST(IntTest, ArithmeticFollowsPython) {
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kFloorDivide, I(-7), I(2))), "-4");
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kModulo, I(-7), I(2))), "1");
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kModulo, I(7), I(-2))), "-1");
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kPower, I(3), I(4))), "81");
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kRightShift, I(-9), I(1))), "-5");
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kLess, I(1), I(2))), "True");
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kAdd, Value::True(), I(2))), "3");
}

TEST(IntTest, OverflowGrowsIntoBigIntsNeverAWrongNumber) {
  Value max = I(Value::kSmallIntMax);
  Value min = I(Value::kSmallIntMin);
  Value sum = BinaryOperation(BinaryOp::kAdd, max, I(1));
  EXPECT_FALSE(sum.IsSmallInt());
  EXPECT_TRUE(Equal(BinaryOperation(BinaryOp::kSubtract, sum, I(1)), max));
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kPower, I(2), I(200))),
            "1606938044258990275541962092341162602522202993782792835301376");
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kLeftShift, I(1), I(70))),
            "1180591620717411303424");
  EXPECT_EQ(Str(UnaryOperation(UnaryOp::kNegative, min)),
            Str(BinaryOperation(BinaryOp::kAdd, max, I(1))));
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kFloorDivide, min, I(-1))), Str(sum));
  EXPECT_TRUE(
      Equal(BinaryOperation(BinaryOp::kMultiply, max, I(3)),
            BinaryOperation(BinaryOp::kAdd, max,
                            BinaryOperation(BinaryOp::kAdd, max, max))));
}

TEST(IntTest, DivisionByZeroRaises) {
  EXPECT_EQ(
      RaisedBy([&] { BinaryOperation(BinaryOp::kFloorDivide, I(1), I(0)); }),
      "ZeroDivisionError: divide by zero");
  EXPECT_EQ(RaisedBy([&] { BinaryOperation(BinaryOp::kModulo, I(1), I(0)); }),
            "ZeroDivisionError: divide by zero");
}

TEST(IntTest, ParsesLikeIntBuiltin) {
  EXPECT_EQ(Str(ParseInt(" -42 ", 5, 10)), "-42");
  EXPECT_EQ(Str(ParseInt("0x1f", 4, 0)), "31");
  EXPECT_EQ(Str(ParseInt("1_000", 5, 10)), "1000");
  EXPECT_EQ(Str(ParseInt("z", 1, 36)), "35");
  EXPECT_EQ(RaisedBy([&] { ParseInt("12a", 3, 10); }),
            "ValueError: invalid syntax for integer with base 10: '12a'");
  EXPECT_EQ(RaisedBy([&] { ParseInt("", 0, 10); }),
            "ValueError: invalid syntax for integer with base 10: ''");
  EXPECT_EQ(RaisedBy([&] { ParseInt("1__0", 4, 10); }),
            "ValueError: invalid syntax for integer with base 10: '1__0'");
  EXPECT_EQ(Str(ParseInt("99999999999999999999999", 23, 10)),
            "99999999999999999999999");
}

TEST(StrTest, ConcatenateCompareAndRepr) {
  Value ab = BinaryOperation(BinaryOp::kAdd, S("a"), Value::FromQstr(q::print));
  EXPECT_EQ(Str(ab), "aprint");
  EXPECT_TRUE(Equal(S("print"), Value::FromQstr(q::print)));
  EXPECT_EQ(Hash(S("print")), Hash(Value::FromQstr(q::print)));
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kLess, S("abc"), S("abd"))), "True");
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kIn, S("bc"), S("abcd"))), "True");
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kMultiply, I(3), S("ab"))), "ababab");
  EXPECT_EQ(Repr(S("it's")), "\"it's\"");
  EXPECT_EQ(Repr(S("a\n\x01'\"")), "'a\\n\\x01\\'\"'");
  EXPECT_EQ(RaisedBy([&] { BinaryOperation(BinaryOp::kAdd, S("a"), I(1)); }),
            "TypeError: can't convert 'int' object to str implicitly");
}

TEST(StrTest, IndexesByCharacterNotByte) {
  Value text = S("h\xc3\xa9llo");  // "héllo"
  EXPECT_EQ(Length(text), 5u);
  EXPECT_EQ(Str(Subscript(text, I(1))), "\xc3\xa9");
  EXPECT_EQ(Str(Subscript(text, I(-1))), "o");
  EXPECT_EQ(RaisedBy([&] { Subscript(text, I(5)); }),
            "IndexError: string index out of range");
  std::string joined;
  Value iterator = GetIter(text);
  for (Value c = IterNext(iterator); !c.IsNull(); c = IterNext(iterator)) {
    joined += Str(c) + "|";
  }
  EXPECT_EQ(joined, "h|\xc3\xa9|l|l|o|");
}

TEST(TupleTest, PrintsLikePython) {
  Value items[] = {I(1), S("a")};
  EXPECT_EQ(Repr(Value(&NewTuple(2, items)->base)), "(1, 'a')");
  EXPECT_EQ(Repr(Value(&NewTuple(1, items)->base)), "(1,)");
  EXPECT_EQ(Repr(Value(&kEmptyTuple.base)), "()");
}

constexpr Qstr kPairFields[] = {q::name, q::value};

TEST(AttrTupleTest, ItemsByIndexAndByName) {
  Value items[] = {S("x"), I(7)};
  Value pair(&NewAttrTuple(2, kPairFields, items)->base);
  EXPECT_EQ(Repr(pair), "(name='x', value=7)");
  EXPECT_EQ(Length(pair), 2u);
  EXPECT_EQ(Repr(Subscript(pair, I(-1))), "7");
  EXPECT_EQ(Repr(LoadAttr(pair, q::value)), "7");
  EXPECT_EQ(RaisedBy([&] { LoadAttr(pair, q::args); }),
            "AttributeError: 'tuple' object has no attribute 'args'");
  EXPECT_EQ(RaisedBy([&] { StoreAttr(pair, q::name, I(1)); }).substr(0, 15),
            "AttributeError:");
}

TEST(RangeTest, IteratesAndMeasures) {
  Value args[] = {I(10), I(0), I(-3)};
  Value range = Call(Value(&kRangeType.base), 3, 0, args);
  EXPECT_EQ(Repr(range), "range(10, 0, -3)");
  EXPECT_EQ(Length(range), 4u);
  std::string items;
  Value iterator = GetIter(range);
  for (Value x = IterNext(iterator); !x.IsNull(); x = IterNext(iterator)) {
    items += Str(x) + " ";
  }
  EXPECT_EQ(items, "10 7 4 1 ");
  Value zero_step[] = {I(0), I(1), I(0)};
  EXPECT_EQ(RaisedBy([&] { Call(Value(&kRangeType.base), 3, 0, zero_step); }),
            "ValueError: zero step");
}

TEST(RangeTest, SlicesThroughClampedBoundsAndHashesByValue) {
  Value ten = Call(Value(&kRangeType.base), 1, 0, std::array{I(10)}.data());
  Value slice = NewSlice(I(5), I(2), Value::None());
  EXPECT_EQ(Repr(Subscript(ten, slice)), "range(5, 2)");
  Value huge = BinaryOperation(BinaryOp::kPower, I(10), I(30));
  EXPECT_EQ(Repr(Subscript(ten, NewSlice(I(2), huge, Value::None()))),
            "range(2, 10)");
  Value same[] = {I(0), I(10), I(1)};
  EXPECT_EQ(Hash(ten), Hash(Call(Value(&kRangeType.base), 3, 0, same)));
  Value empty_a[] = {I(3), I(3)};
  Value empty_b[] = {I(7), I(2)};
  EXPECT_EQ(Hash(Call(Value(&kRangeType.base), 2, 0, empty_a)),
            Hash(Call(Value(&kRangeType.base), 2, 0, empty_b)));
}

TEST(SliceTest, ResolvesToTheBoundsIndicesGives) {
  SliceRange range =
      ResolveSlice(NewSlice(I(5), I(2), Value::None()).As<Slice>(), 10);
  EXPECT_EQ(range.start, 5);
  EXPECT_EQ(range.stop, 2);
  EXPECT_EQ(range.count, 0u);
  range = ResolveSlice(
      NewSlice(Value::None(), Value::None(), I(-3)).As<Slice>(), 10);
  EXPECT_EQ(range.start, 9);
  EXPECT_EQ(range.stop, -1);
  EXPECT_EQ(range.count, 4u);
  Value huge = BinaryOperation(BinaryOp::kPower, I(-10), I(31));
  range =
      ResolveSlice(NewSlice(huge, Value::None(), Value::None()).As<Slice>(), 4);
  EXPECT_EQ(range.start, 0);
  EXPECT_EQ(range.count, 4u);
  EXPECT_EQ(RaisedBy([&] {
              ResolveSlice(NewSlice(S("a"), I(1), I(1)).As<Slice>(), 3);
            }).rfind("TypeError", 0),
            0u);
}

TEST(IndexTest, IntsAndBoolsStandForThemselves) {
  EXPECT_EQ(TryIndex(I(-4)), I(-4));
  EXPECT_EQ(TryIndex(Value::True()), I(1));
  Value big = BinaryOperation(BinaryOp::kPower, I(2), I(100));
  EXPECT_EQ(TryIndex(big), big);
  EXPECT_TRUE(TryIndex(S("1")).IsNull());
  EXPECT_TRUE(TryIndex(Value::None()).IsNull());
  EXPECT_EQ(ToIntptr(Value::False()), 0);
}

TEST(OperatorTest, SwappedComparisons) {
  static_assert(SwappedComparison(BinaryOp::kLess) == BinaryOp::kMore);
  static_assert(SwappedComparison(BinaryOp::kMoreEqual) ==
                BinaryOp::kLessEqual);
  static_assert(SwappedComparison(BinaryOp::kEqual) == BinaryOp::kEqual);
  static_assert(SwappedComparison(BinaryOp::kAdd) == BinaryOp::kAdd);
}

TEST(DictTest, ViewsActAsSets) {
  Dict* dict = NewDict();
  dict->map.Store(S("a"), I(1));
  dict->map.Store(S("b"), I(2));
  Value keys = NewDictView(&kDictKeysType, dict);
  Set* other = NewSet(&kSetType);
  SetAdd(other, S("b"));
  SetAdd(other, S("z"));
  Value both = BinaryOperation(BinaryOp::kAnd, keys, Value(&other->base));
  EXPECT_EQ(Repr(both), "{'b'}");
  EXPECT_EQ(TypeOf(both), &kSetType);
  SetAdd(other, S("a"));
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kLess, keys, Value(&other->base))),
            "True");
  EXPECT_EQ(Str(BinaryOperation(BinaryOp::kEqual, Value(&other->base), keys)),
            "False");
}

TEST(DictTest, IterationStopsWhenTheSizeChanges) {
  Dict* dict = NewDict();
  dict->map.Store(I(1), I(1));
  Value iterator = GetIter(Value(&dict->base));
  EXPECT_EQ(IterNext(iterator), I(1));
  dict->map.Store(I(2), I(2));
  EXPECT_EQ(RaisedBy([&] { IterNext(iterator); }),
            "RuntimeError: dictionary changed size during iteration");
}

TEST(MapTest, KeepsInsertionOrderAndFindsEqualKeys) {
  Map map;
  for (int i = 0; i < 100; ++i) map.Store(I(i * 7), I(i));
  map.Store(S("key"), I(-1));
  EXPECT_EQ(map.size(), 101u);
  ASSERT_NE(map.Find(Value::FromQstr(Shared().qstrs.Intern("key", 3))),
            nullptr);
  EXPECT_EQ(map.Find(I(21))->AsSmallInt(), 3);
  EXPECT_TRUE(map.Remove(I(21)));
  EXPECT_FALSE(map.Remove(I(21)));
  EXPECT_EQ(map.Find(I(21)), nullptr);
  EXPECT_EQ(map.Find(I(28))->AsSmallInt(), 4);
  map.Store(I(21), I(99));
  // The re-added key goes last; the others keep their order.
  std::string order;
  for (size_t i = 0; i < map.entry_count(); ++i) {
    const MapEntry& entry = map.entries()[i];
    if (entry.key.IsNull()) continue;
    if (entry.key.IsSmallInt() && entry.key.AsSmallInt() > 28) continue;
    order += Str(entry.key) + ",";
  }
  EXPECT_EQ(order, "0,7,14,28,key,21,");
}

TEST(ExceptionTest, MessagesAndMatching) {
  Value args[] = {S("bad")};
  Value error = NewException(&kValueErrorType, 1, args);
  EXPECT_EQ(Str(error), "bad");
  EXPECT_EQ(Repr(error), "ValueError('bad')");
  EXPECT_TRUE(ExceptionMatches(error, Value(&kExceptionType.base)));
  EXPECT_FALSE(ExceptionMatches(error, Value(&kTypeErrorType.base)));
  EXPECT_EQ(RaisedBy([&] { Raise(error); }), "ValueError: bad");
  EXPECT_EQ(RaisedBy([&] { Raise(I(3)); }),
            "TypeError: exceptions must derive from BaseException");
  EXPECT_EQ(RaisedBy([&] { Call(I(3), 0, 0, nullptr); }),
            "TypeError: 'int' object isn't callable");
  EXPECT_EQ(RaisedBy([&] { LoadAttr(I(3), q::value); }),
            "AttributeError: 'int' object has no attribute 'value'");
  EXPECT_EQ(Str(LoadAttr(error, q::value)), "bad");
}

TEST(ExceptionTest, TracebackPrintsOutermostFirst) {
  Value error = NewException(&kZeroDivisionErrorType, 0, nullptr);
  AddTraceback(error, q::stdin_file, 3, Shared().qstrs.Intern("f", 1));
  AddTraceback(error, q::stdin_file, 7, q::module_block);
  Vstr out;
  PrintException(out.printer(), error);
  EXPECT_EQ(std::string(out.data(), out.length()),
            "Traceback (most recent call last):\n"
            "  File \"<stdin>\", line 7, in <module>\n"
            "  File \"<stdin>\", line 3, in f\n"
            "ZeroDivisionError\n");
}

TEST(MemoryTest, ExhaustionRaisesMemoryErrorAndLeavesTheHeapUsable) {
  Shared().heap.Collect();
  std::string error = RaisedBy([&] {
    // Keep everything reachable from a chain rooted in a local, until memory
    // runs out.
    Value* chain = nullptr;
    for (;;) {
      auto* node = static_cast<Value**>(Allocate(4096));
      *node = chain;
      chain = reinterpret_cast<Value*>(node);
    }
  });
  EXPECT_EQ(
      error.rfind(
          "MemoryError: memory allocation failed, allocating 4096 bytes", 0),
      0u)
      << error;
  Shared().heap.Collect();
  EXPECT_EQ(Str(S("still works")), "still works");
}

// Equality and hashing of nested containers recurse in C++: too deep a
// nesting must end in RuntimeError, as calls do, not in an overflowed C stack
// (a board has 32 KiB of it).
Value Nested(Value (*wrap)(Value), int depth) {
  Value value = I(0);
  for (int i = 0; i < depth; ++i) value = wrap(value);
  return value;
}

TEST(RecursionTest, NestedContainersRaiseRuntimeError) {
  ThreadState& thread = Thread();
  size_t saved_limit = thread.stack_limit;
  // 64 KiB more than the frames above this test already use.
  thread.stack_limit =
      static_cast<size_t>(thread.stack_top - static_cast<const char*>(
                                                 __builtin_frame_address(0))) +
      64 * 1024;
  Value (*const wraps[])(Value) = {
      [](Value item) { return Value(&NewList(1, &item)->base); },
      [](Value item) { return Value(&NewTuple(1, &item)->base); },
      [](Value item) {
        Dict* dict = NewDict();
        dict->map.Store(I(1), item);
        return Value(&dict->base);
      },
  };
  for (auto wrap : wraps) {
    Value a = Nested(wrap, 20000);
    Value b = Nested(wrap, 20000);
    EXPECT_EQ(RaisedBy([&] { Equal(a, b); }),
              "RuntimeError: maximum recursion depth exceeded");
  }
  Value tuple = Nested(wraps[1], 20000);
  EXPECT_EQ(RaisedBy([&] { Hash(tuple); }),
            "RuntimeError: maximum recursion depth exceeded");
  thread.stack_limit = saved_limit;
  EXPECT_TRUE(Equal(Nested(wraps[0], 10), Nested(wraps[0], 10)));
}

// A root that only a callee-saved register holds during a collection: the
// stack scan must see it (ScanStack spills the registers with setjmp). The
// pointer is kept scrambled in memory, so that no word of memory holds it.
#if defined(__GNUC__) && \
    (defined(__x86_64__) || defined(__aarch64__) || defined(__arm__))
#if defined(__x86_64__)
#define MP_TEST_CALLEE_SAVED "r12"
#elif defined(__aarch64__)
#define MP_TEST_CALLEE_SAVED "x19"
#else
#define MP_TEST_CALLEE_SAVED "r4"
#endif
constexpr uintptr_t kScramble = 0x5a5a5a5au;
uintptr_t g_scrambled;

__attribute__((noinline)) void AllocateScrambled() {
  g_scrambled = reinterpret_cast<uintptr_t>(Allocate(64)) ^ kScramble;
}

// Collects with the pointer in a callee-saved register (or nowhere, when
// `hold` is false); returns whether the allocation survived.
__attribute__((noinline)) bool SurvivesCollection(bool hold) {
  register uintptr_t held asm(MP_TEST_CALLEE_SAVED) =
      hold ? g_scrambled ^ kScramble : 0;
  asm volatile("" : "+r"(held));
  Shared().heap.Collect();
  asm volatile("" : "+r"(held));
  return Shared().heap.AllocationSize(
             reinterpret_cast<void*>(g_scrambled ^ kScramble)) != 0;
}

TEST(CollectorTest, ARootOnlyInARegisterKeepsItsAllocation) {
  AllocateScrambled();
  ClearStackBelow(4096);  // no stale copy of the pointer below this frame
  EXPECT_TRUE(SurvivesCollection(true));
#if defined(__OPTIMIZE__) && !defined(__SANITIZE_ADDRESS__)
  // The control: held nowhere, the same allocation is collected. (Unoptimised
  // and ASan builds leave stale copies in frames that nothing clears.)
  ClearStackBelow(4096);
  EXPECT_FALSE(SurvivesCollection(false));
#endif
}
#endif

TEST(PrintfTest, FormatsNumbersAndStrings) {
  Vstr out;
  Printf(out.printer(), "%d|%5d|%-3d|%05d|%u|%x|%ld|%zu|%s|%.*s|%q|%c|%%", -12,
         34, 5, -42, 7u, 255u, -9000000000L, size_t{3}, "str", 2, "abc",
         q::print, 'z');
  EXPECT_EQ(std::string(out.data(), out.length()),
            "-12|   34|5  |-0042|7|ff|-9000000000|3|str|ab|print|z|%");
}

}  // namespace
}  // namespace mp::objects
