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

bool g_echoes_input = true;
int g_interrupt_character = -1;
void (*g_on_interrupt)() = nullptr;

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
  // As a board's receive interrupt takes the interrupt character out.
  if (byte == g_interrupt_character && g_on_interrupt != nullptr) {
    g_on_interrupt();
    return kConsoleInterrupted;
  }
  return byte;
}

bool ConsoleEchoesInput() { return g_echoes_input; }

void ConsoleSetInterrupt(int character, void (*on_interrupt)()) {
  g_interrupt_character = character;
  g_on_interrupt = on_interrupt;
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

void SetConsoleEchoesInput(bool echoes) { g_echoes_input = echoes; }

}  // namespace testing
}  // namespace mp::hal
