// bytes (immutable), bytearray (mutable) and memoryview (a window on either),
// and the buffer protocol they share: any object whose type has a buffer slot
// is "bytes-like" and can stand wherever a method takes bytes.
//
// bytes and bytearray share str's methods (objects/str_methods.cc) through
// Text (objects/str_text.h), which treats every byte as a character.
#ifndef MP_OBJECTS_BYTES_H_
#define MP_OBJECTS_BYTES_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/object.h"

namespace mp::objects {

struct BuiltinFunction;
struct MethodWrapper;
struct StaticMap;
class Vstr;

extern const Type kBytesType;
extern const Type kByteArrayType;
extern const Type kMemoryViewType;

struct Bytes {
  Object base;
  uint32_t hash;  // 0 until computed
  size_t length;
  const char* data;  // the bytes right after this header
};

struct ByteArray {
  Object base;
  size_t length;
  size_t capacity;
  char* data;  // a block of its own, which grows
};

// A window of `length` bytes from `start` on into the buffer of `object` (a
// bytes or bytearray). The buffer is looked up at each access, since a
// bytearray may have moved or shrunk since the view was made.
struct MemoryView {
  Object base;
  Value object;
  size_t start;
  size_t length;
};

// A new bytes holding a copy of the data (the shared empty bytes for none);
// null data gives zeros, as it does for NewByteArray and NewBytesOfType.
Value NewBytes(const char* data, size_t length);
// A bytes with room for `length` bytes, to fill in at once through *data.
Value NewBytesUninitialized(size_t length, char** data);
ByteArray* NewByteArray(const char* data, size_t length);
// A bytearray that takes over the buffer of `bytes` (see Vstr::Release).
ByteArray* NewByteArrayOf(Vstr& bytes);
// Makes room for `needed` bytes in all.
void ByteArrayReserve(ByteArray* array, size_t needed);

// Whether the value (or the built-in object inside an instance of a subclass)
// is bytes-like; fills *out when it is.
bool GetBuffer(Value value, Buffer* out);
// The buffer of a bytes-like argument; TypeError "a bytes-like object is
// required, not 'T'" for anything else.
Buffer BufferArg(Value value);

// The byte value of an int in range(256): TypeError for a non-int,
// ValueError for one out of range.
uint8_t ToByte(Value value);
// Appends what bytes(source) would hold for a buffer or an iterable of ints;
// TypeError "cannot convert 'T' object to bytes" for anything else.
void CollectBytes(Value source, Vstr* out);

// The slots bytes, bytearray and memoryview share (bytes.cc): iteration as
// ints, and ==, ordering, `in`, + and * between any two bytes-like values.
// A bytes-like result has the type `result_type`.
Value BufferGetIter(Value self);
// bool, len and hash (a bytes' is cached; a writable memoryview has none).
Value BufferUnaryOp(UnaryOp op, Value self);
// Loads self[index] (an int, or a slice of self's type) for bytes and
// bytearray; returns null for stores and deletions.
Value BytesSubscr(Value self, Value index, Value value);
Value BufferBinaryOp(BinaryOp op, Value lhs, Value rhs,
                     const Type* result_type);
// Writes b'...' with CPython's choice of quotes and escapes.
void PrintBytesRepr(const Printer& printer, const char* data, size_t length);
// A new bytes or bytearray (by `type`) holding a copy of the data.
Value NewBytesOfType(const Type* type, const char* data, size_t length);
// bytes(...) or bytearray(...) (`type`) from their arguments (source,
// encoding, errors): an int gives that many zeros, a bytes-like object a copy
// of its bytes, a str (which needs an encoding) its encoding, an iterable its
// items. The result is allocated once, at its size, and not built in a buffer
// first: bytearray(n) needs n bytes of heap, not 2n.
Value BytesFromArguments(const Type* type, size_t n_args, size_t n_kw,
                         const Value* args);

// Codecs (codec.cc): UTF-8, ASCII and Latin-1. `encoding` is a str such as
// 'utf-8', 'UTF8', 'ascii' or 'latin-1' (or null, for UTF-8); LookupError for
// others.
enum class Encoding { kUtf8, kAscii, kLatin1 };
Encoding ParseEncoding(Value encoding);
// str -> bytes and bytes -> str; `errors` is null, 'strict', 'ignore',
// 'replace', 'backslashreplace' or (encoding) 'xmlcharrefreplace'
// (UnicodeError for strict, '?' or U+FFFD for replace).
Value EncodeStr(Value str, Value encoding, Value errors);
Value DecodeBytes(const char* data, size_t length, Value encoding,
                  Value errors);

// The methods of bytes and bytearray (bytes_methods.cc, bytearray.cc), and
// those they share with each other (and hex with memoryview).
extern const StaticMap kBytesLocals;
extern const StaticMap kByteArrayLocals;
extern const BuiltinFunction kBytesDecode;
extern const BuiltinFunction kBytesHex;
extern const MethodWrapper kBytesFromHex;  // a classmethod

}  // namespace mp::objects

#endif  // MP_OBJECTS_BYTES_H_
