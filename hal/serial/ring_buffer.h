// A queue of received characters between a receive interrupt (the only
// writer) and the code that reads them (the only reader), with no locking:
// each side moves only its own index. Every board's serial input uses it.
#ifndef MP_HAL_SERIAL_RING_BUFFER_H_
#define MP_HAL_SERIAL_RING_BUFFER_H_

#include <stddef.h>
#include <stdint.h>

#include <atomic>

namespace mp::hal::serial {

template <typename Element, size_t kCapacity>
class RingBuffer {
  static_assert((kCapacity & (kCapacity - 1)) == 0, "a power of two");

 public:
  size_t Count() const {
    return write_.load(std::memory_order_acquire) -
           read_.load(std::memory_order_relaxed);
  }
  bool Full() const { return Count() == kCapacity; }

  // From the interrupt routine. False (and the value dropped) when full.
  bool Push(Element value) {
    uint32_t write = write_.load(std::memory_order_relaxed);
    if (write - read_.load(std::memory_order_acquire) == kCapacity) {
      return false;
    }
    slots_[write % kCapacity] = value;
    write_.store(write + 1, std::memory_order_release);
    return true;
  }

  // The oldest element, or -1 when there is none.
  int Pop() {
    uint32_t read = read_.load(std::memory_order_relaxed);
    if (write_.load(std::memory_order_acquire) == read) return -1;
    int value = slots_[read % kCapacity];
    read_.store(read + 1, std::memory_order_release);
    return value;
  }

  // Only while the writer is stopped (its interrupt masked or disabled).
  void Clear() { read_.store(write_.load(std::memory_order_relaxed)); }

 private:
  // Free-running: the difference is the count, even across wrapping.
  std::atomic<uint32_t> write_{0};
  std::atomic<uint32_t> read_{0};
  Element slots_[kCapacity] = {};
};

}  // namespace mp::hal::serial

#endif  // MP_HAL_SERIAL_RING_BUFFER_H_
