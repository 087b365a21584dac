// A byte queue between one producer (a receive interrupt) and one consumer
// (the code that reads), without locks: each side writes only its own index,
// and the indices run freely, so that head - tail is the number of bytes.
#ifndef MP_HAL_RP2040_RING_BUFFER_H_
#define MP_HAL_RP2040_RING_BUFFER_H_

#include <stddef.h>
#include <stdint.h>

#include <atomic>

namespace mp::hal::rp2040 {

template <uint32_t kCapacity>
class RingBuffer {
  static_assert(kCapacity > 0 && (kCapacity & (kCapacity - 1)) == 0,
                "the capacity must be a power of two");

 public:
  // From the producer. False (and the byte dropped) when full.
  bool Push(uint8_t byte) {
    uint32_t head = head_;
    if (head - tail_ == kCapacity) return false;
    data_[head & (kCapacity - 1)] = byte;
    // The byte must be in place before the consumer can see the new head.
    std::atomic_signal_fence(std::memory_order_seq_cst);
    head_ = head + 1;
    return true;
  }

  // From the consumer. -1 when empty.
  int Pop() {
    uint32_t tail = tail_;
    if (head_ == tail) return -1;
    std::atomic_signal_fence(std::memory_order_seq_cst);
    uint8_t byte = data_[tail & (kCapacity - 1)];
    std::atomic_signal_fence(std::memory_order_seq_cst);
    tail_ = tail + 1;
    return byte;
  }

  size_t Size() const { return head_ - tail_; }

  // From the consumer: drops what is buffered.
  void Clear() { tail_ = head_; }

 private:
  uint8_t data_[kCapacity] = {};
  volatile uint32_t head_ = 0;  // written by the producer only
  volatile uint32_t tail_ = 0;  // written by the consumer only
};

}  // namespace mp::hal::rp2040

#endif  // MP_HAL_RP2040_RING_BUFFER_H_
