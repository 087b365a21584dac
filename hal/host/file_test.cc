#include "hal/file.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include <string>

#include "gtest/gtest.h"

namespace mp::hal {
namespace {

class HostFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = getenv("TEST_TMPDIR");
    path_ = std::string(tmp != nullptr ? tmp : "/tmp") + "/hal_file_test_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name();
    unlink(path_.c_str());
  }
  void TearDown() override { unlink(path_.c_str()); }

  // The whole file, read through a new handle.
  std::string Contents() {
    int handle = FileOpen(path_.c_str(), kFileRead);
    EXPECT_GE(handle, 0);
    std::string contents;
    char buffer[7];
    ptrdiff_t n;
    while ((n = FileRead(handle, buffer, sizeof(buffer))) > 0) {
      contents.append(buffer, static_cast<size_t>(n));
    }
    EXPECT_EQ(n, 0);
    EXPECT_EQ(FileClose(handle), 0);
    return contents;
  }

  void Write(unsigned flags, const std::string& data) {
    int handle = FileOpen(path_.c_str(), flags);
    ASSERT_GE(handle, 0);
    EXPECT_EQ(FileWrite(handle, data.data(), data.size()),
              static_cast<ptrdiff_t>(data.size()));
    EXPECT_EQ(FileClose(handle), 0);
  }

  std::string path_;
};

TEST_F(HostFileTest, MissingFilesAndDirectoriesAreErrnos) {
  EXPECT_EQ(FileOpen(path_.c_str(), kFileRead), -ENOENT);
  EXPECT_EQ(FileOpen((path_ + "/inside").c_str(), kFileWrite | kFileCreate),
            -ENOENT);
  EXPECT_EQ(FileOpen(".", kFileRead), -EISDIR);
}

TEST_F(HostFileTest, CreateTruncateAppendAndExclusive) {
  constexpr unsigned kWrite = kFileWrite | kFileCreate | kFileTruncate;
  constexpr unsigned kAppend = kFileWrite | kFileCreate | kFileAppend;
  Write(kWrite, "first");
  EXPECT_EQ(Contents(), "first");
  Write(kWrite, "new");
  EXPECT_EQ(Contents(), "new");
  Write(kAppend, "+more");
  EXPECT_EQ(Contents(), "new+more");
  EXPECT_EQ(FileOpen(path_.c_str(), kFileWrite | kFileCreate | kFileExclusive),
            -EEXIST);
  // Without kFileTruncate, writing overwrites in place.
  Write(kFileWrite, "NE");
  EXPECT_EQ(Contents(), "NEw+more");
}

TEST_F(HostFileTest, SeekFromEachOriginAndReadWrite) {
  Write(kFileWrite | kFileCreate, "0123456789");
  int handle = FileOpen(path_.c_str(), kFileRead | kFileWrite);
  ASSERT_GE(handle, 0);
  char byte;
  EXPECT_EQ(FileSeek(handle, 4, kSeekSet), 4);
  EXPECT_EQ(FileRead(handle, &byte, 1), 1);
  EXPECT_EQ(byte, '4');
  EXPECT_EQ(FileSeek(handle, 2, kSeekCurrent), 7);
  EXPECT_EQ(FileSeek(handle, -1, kSeekEnd), 9);
  EXPECT_EQ(FileWrite(handle, "X", 1), 1);
  EXPECT_EQ(FileSeek(handle, 0, kSeekCurrent), 10);
  EXPECT_EQ(FileSeek(handle, -20, kSeekCurrent), -EINVAL);
  EXPECT_EQ(FileSeek(handle, 0, 7), -EINVAL);
  EXPECT_EQ(FileClose(handle), 0);
  EXPECT_EQ(Contents(), "012345678X");
}

TEST_F(HostFileTest, WrongDirectionAndClosedHandlesAreEbadf) {
  Write(kFileWrite | kFileCreate, "data");
  int handle = FileOpen(path_.c_str(), kFileRead);
  ASSERT_GE(handle, 0);
  EXPECT_EQ(FileWrite(handle, "x", 1), -EBADF);
  EXPECT_EQ(FileClose(handle), 0);
  char byte;
  EXPECT_EQ(FileRead(handle, &byte, 1), -EBADF);
  EXPECT_EQ(FileClose(handle), -EBADF);
  handle = FileOpen(path_.c_str(), kFileWrite);
  ASSERT_GE(handle, 0);
  EXPECT_EQ(FileRead(handle, &byte, 1), -EBADF);
  EXPECT_EQ(FileClose(handle), 0);
}

}  // namespace
}  // namespace mp::hal
