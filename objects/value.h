// A Python value in one machine word.
//
//   ...xxxx1   small int (the word shifted right by one)
//   ...xx010   interned string (a Qstr, shifted left by three)
//   ...xx110   immediate: None, False, True, Ellipsis
//   ...xxx00   pointer to an object (every object is at least 4-byte aligned);
//   0 is "no value"
//
// The word is a union with a pointer so that tables of values that point to
// static objects are constant expressions, and land in flash rather than in RAM
// initialised at start-up.
#ifndef MP_OBJECTS_VALUE_H_
#define MP_OBJECTS_VALUE_H_

#include <stddef.h>
#include <stdint.h>

namespace mp::objects {

// The index of an interned string.
using Qstr = uint32_t;

struct Object;

class Value {
 public:
  static constexpr intptr_t kSmallIntMax = INTPTR_MAX >> 1;
  static constexpr intptr_t kSmallIntMin = INTPTR_MIN >> 1;

  constexpr Value() : bits_(0) {}
  constexpr Value(const Object* object) : ptr_(object) {}

  static constexpr bool FitsSmallInt(intptr_t n) {
    return n >= kSmallIntMin && n <= kSmallIntMax;
  }
  // The caller checks FitsSmallInt first.
  static constexpr Value SmallInt(intptr_t n) {
    return Value((static_cast<uintptr_t>(n) << 1) | 1);
  }
  static constexpr Value FromQstr(Qstr q) {
    return Value((static_cast<uintptr_t>(q) << 3) | kQstrTag);
  }
  static constexpr Value None() { return Value(ImmediateBits(0)); }
  static constexpr Value False() { return Value(ImmediateBits(1)); }
  static constexpr Value True() { return Value(ImmediateBits(2)); }
  static constexpr Value Ellipsis() { return Value(ImmediateBits(3)); }
  static constexpr Value Bool(bool b) { return b ? True() : False(); }
  // A marker that is no Python value (it is never dereferenced), for protocols
  // that need one more state than null, such as the subscript slot's "load".
  static constexpr Value Sentinel() { return Value(uintptr_t{4}); }
  static Value FromBits(uintptr_t bits) { return Value(bits); }

  bool IsNull() const { return bits() == 0; }
  bool IsSmallInt() const { return (bits() & 1) != 0; }
  bool IsQstr() const { return (bits() & 7) == kQstrTag; }
  bool IsImmediate() const { return (bits() & 7) == kImmediateTag; }
  bool IsObject() const { return (bits() & 3) == 0 && bits() != 0; }
  bool IsNone() const { return bits() == None().bits_; }
  bool IsBool() const {
    return bits() == True().bits_ || bits() == False().bits_;
  }

  // The value's small int, computed with an arithmetic shift.
  intptr_t AsSmallInt() const { return static_cast<intptr_t>(bits()) >> 1; }
  Qstr AsQstr() const { return static_cast<Qstr>(bits() >> 3); }
  // 0..3 for None, False, True, Ellipsis.
  unsigned ImmediateIndex() const { return static_cast<unsigned>(bits() >> 3); }
  Object* AsObject() const {
    return static_cast<Object*>(const_cast<void*>(ptr_));
  }
  template <typename T>
  T* As() const {
    return static_cast<T*>(const_cast<void*>(ptr_));
  }

  constexpr uintptr_t bits() const { return bits_; }
  bool operator==(Value other) const { return bits() == other.bits(); }
  bool operator!=(Value other) const { return bits() != other.bits(); }

 private:
  static constexpr uintptr_t kQstrTag = 2;
  static constexpr uintptr_t kImmediateTag = 6;
  static constexpr uintptr_t ImmediateBits(uintptr_t index) {
    return (index << 3) | kImmediateTag;
  }
  constexpr explicit Value(uintptr_t bits) : bits_(bits) {}

  union {
    uintptr_t bits_;
    const void* ptr_;
  };
};

static_assert(sizeof(Value) == sizeof(void*));

}  // namespace mp::objects

#endif  // MP_OBJECTS_VALUE_H_
