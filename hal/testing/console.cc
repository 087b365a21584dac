#include "hal/testing/console.h"

#include "hal/console.h"

namespace mp::hal {
namespace {

std::string& Output() {
  static std::string output;
  return output;
}

std::string& Errors() {
  static std::string errors;
  return errors;
}

std::string& Input() {
  static std::string input;
  return input;
}

}  // namespace

void ConsoleWrite(const char* data, size_t length) {
  Output().append(data, length);
}
void ConsoleWriteError(const char* data, size_t length) {
  Errors().append(data, length);
}

int ConsoleReadByte() {
  std::string& input = Input();
  if (input.empty()) return -1;
  auto byte = static_cast<unsigned char>(input.front());
  input.erase(0, 1);
  return byte;
}

namespace testing {

std::string TakeOutput() {
  std::string taken;
  taken.swap(Output());
  return taken;
}

std::string TakeErrors() {
  std::string taken;
  taken.swap(Errors());
  return taken;
}

void SetInput(const std::string& input) { Input() = input; }

}  // namespace testing
}  // namespace mp::hal
