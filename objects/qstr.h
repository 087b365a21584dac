// Interned strings ("qstrs"): each distinct text is stored once and named by a
// small index, so names compare by index and a Value can hold one in a word.
//
// The static ones (qstr_static.def) and their hash index are built at compile
// time and live in flash. The rest are added at run time to a hash table in the
// GC heap.
#ifndef MP_OBJECTS_QSTR_H_
#define MP_OBJECTS_QSTR_H_

#include <stddef.h>
#include <stdint.h>

#include "objects/value.h"

namespace mp::gc {
class Heap;
}

namespace mp::objects {

// The hash of a string's bytes (FNV-1a), shared by qstrs and str objects so
// that equal texts hash equally whichever way they are stored. It keeps 30
// bits, so that it is a small int on a 32-bit board too: a str object's hash
// goes through a small int, a qstr's does not, and both must agree.
constexpr uint32_t HashBytes(const char* data, size_t length) {
  uint32_t hash = 2166136261u;
  for (size_t i = 0; i < length; ++i) {
    hash = (hash ^ static_cast<uint8_t>(data[i])) * 16777619u;
  }
  return hash & 0x3fffffffu;
}

namespace q {
enum : Qstr {
#define QSTR(id, text) id,
#include "objects/qstr_static.def"
#undef QSTR
  kStaticCount
};
}  // namespace q

class QstrPool {
 public:
  // What the qstrs added at run time cost (micropython.qstr_info()).
  struct Stats {
    size_t pools;        // tables of run-time qstrs (one, once any exists)
    size_t count;        // run-time qstrs
    size_t data_bytes;   // their texts, with terminators
    size_t total_bytes;  // texts, entries and the hash index
  };

  // Returns the qstr for the text, adding it when new. Raises MemoryError when
  // the heap is full.
  Qstr Intern(const char* text, size_t length);
  // Finds an already interned text without adding it.
  bool Find(const char* text, size_t length, Qstr* result) const;

  const char* Data(Qstr q) const;
  size_t Length(Qstr q) const;
  uint32_t Hash(Qstr q) const;
  size_t count() const { return q::kStaticCount + count_; }
  Stats GetStats() const;

  // Marks the pool's memory (called from the root scanner).
  void MarkRoots(gc::Heap& heap) const;

 private:
  struct Entry {
    const char* data;
    uint32_t length;
    uint32_t hash;
  };

  bool FindDynamic(const char* text, size_t length, uint32_t hash,
                   Qstr* result) const;
  const char* StoreText(const char* text, size_t length);
  void GrowIndex();

  Entry* entries_ = nullptr;  // dynamic qstrs, by index - q::kStaticCount
  size_t count_ = 0;
  size_t capacity_ = 0;
  uint32_t* index_ =
      nullptr;             // open addressing: entry number + 1, or 0 when empty
  size_t index_size_ = 0;  // a power of two
  char* chunk_ = nullptr;  // the texts, packed into chunks
  size_t chunk_used_ = 0;
  size_t chunk_size_ = 0;
};

}  // namespace mp::objects

#endif  // MP_OBJECTS_QSTR_H_
