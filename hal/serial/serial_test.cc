#include <stdint.h>

#include <string>

#include "gtest/gtest.h"
#include "hal/serial/cooked_output.h"
#include "hal/serial/ring_buffer.h"

namespace mp::hal::serial {
namespace {

TEST(RingBufferTest, KeepsOrderAndDropsWhenFull) {
  RingBuffer<uint8_t, 4> buffer;
  EXPECT_EQ(buffer.Pop(), -1);
  for (int i = 0; i < 4; ++i) EXPECT_TRUE(buffer.Push(static_cast<uint8_t>(i)));
  EXPECT_TRUE(buffer.Full());
  EXPECT_FALSE(buffer.Push(9));
  EXPECT_EQ(buffer.Count(), 4u);
  EXPECT_EQ(buffer.Pop(), 0);
  EXPECT_TRUE(buffer.Push(200));
  EXPECT_EQ(buffer.Pop(), 1);
  EXPECT_EQ(buffer.Pop(), 2);
  EXPECT_EQ(buffer.Pop(), 3);
  EXPECT_EQ(buffer.Pop(), 200);
  EXPECT_EQ(buffer.Pop(), -1);
  EXPECT_EQ(buffer.Count(), 0u);
}

TEST(RingBufferTest, WrapsAroundManyTimes) {
  RingBuffer<uint8_t, 8> buffer;
  for (int round = 0; round < 1000; ++round) {
    EXPECT_TRUE(buffer.Push(static_cast<uint8_t>(round)));
    EXPECT_TRUE(buffer.Push(static_cast<uint8_t>(round + 1)));
    EXPECT_EQ(buffer.Pop(), round & 0xff);
    EXPECT_EQ(buffer.Pop(), (round + 1) & 0xff);
  }
  buffer.Push(1);
  buffer.Clear();
  EXPECT_EQ(buffer.Pop(), -1);
}

TEST(RingBufferTest, HoldsNineBitCharacters) {
  RingBuffer<uint16_t, 2> buffer;
  EXPECT_TRUE(buffer.Push(0x1ff));
  EXPECT_EQ(buffer.Pop(), 0x1ff);
}

std::string Cook(CookedOutput& output, const std::string& text) {
  std::string sent;
  output.Write(text.data(), text.size(),
               [&](uint8_t byte) { sent += static_cast<char>(byte); });
  return sent;
}

TEST(CookedOutputTest, LoneNewlinesBecomeCrLf) {
  CookedOutput output;
  EXPECT_EQ(Cook(output, "a\nb\r\nc\n\n"), "a\r\nb\r\nc\r\n\r\n");
}

TEST(CookedOutputTest, ACarriageReturnCarriesAcrossWrites) {
  CookedOutput output;
  EXPECT_EQ(Cook(output, "x\r"), "x\r");
  EXPECT_EQ(Cook(output, "\n"), "\n");
  EXPECT_EQ(Cook(output, "\n"), "\r\n");
}

}  // namespace
}  // namespace mp::hal::serial
