// The Abseil wrapper works both ways the project uses it: header-only parts built with the
// core's flags (as firmware code would), and the compiled libraries on the host.
#include <string>

#include "absl/base/optimization.h"
#include "absl/numeric/bits.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace {

int CountBits(unsigned value) {
  if (ABSL_PREDICT_FALSE(value == 0)) return 0;
  return absl::popcount(value);
}

TEST(AbseilTest, HeaderOnlyPartsWork) { EXPECT_EQ(CountBits(0xF0F0u), 8); }

TEST(AbseilTest, CompiledLibrariesLink) {
  EXPECT_EQ(absl::StrCat("heap ", 16, "k"), std::string("heap 16k"));
}

}  // namespace
