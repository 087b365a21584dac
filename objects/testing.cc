#include "objects/testing.h"

#include <stdio.h>
#include <stdlib.h>

#include "gtest/gtest.h"
#include "objects/exception.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "objects/str.h"

namespace mp::objects::testing {
namespace {

std::string AsStdString(Value str) {
  size_t length;
  const char* data = StrData(str, &length);
  return std::string(data, length);
}

void Fatal(const char* message) {
  fprintf(stderr, "fatal: %s\n", message);
  abort();
}

}  // namespace

std::string DescribeException(Value exception) {
  std::string text = Shared().qstrs.Data(TypeName(exception));
  std::string message = Str(exception);
  if (!message.empty()) text += ": " + message;
  return text;
}

std::string Str(Value value) { return AsStdString(ToStr(value)); }
std::string Repr(Value value) { return AsStdString(ToRepr(value)); }

}  // namespace mp::objects::testing

int main(int argc, char** argv) {
  // 8 MiB: vm/stack_depth_test runs every conformance script in one runtime,
  // and the interned names of ~700 scripts grow the qstr pool's arrays (which
  // need contiguous blocks) past what a fragmented 1 MiB heap can give.
  static char heap[8 << 20];
  mp::objects::InitRuntime(heap, sizeof(heap), &mp::objects::testing::Fatal);
  mp::objects::SetStackBounds(__builtin_frame_address(0), 4 << 20);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
