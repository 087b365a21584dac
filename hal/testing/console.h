// A console backend for tests: output is kept in memory, input comes from a
// string.
#ifndef MP_HAL_TESTING_CONSOLE_H_
#define MP_HAL_TESTING_CONSOLE_H_

#include <string>

namespace mp::hal::testing {

// What was written to the console's output and error streams since the last
// call.
std::string TakeOutput();
std::string TakeErrors();
void SetInput(const std::string& input);
// What hal::ConsoleEchoesInput() says: true (a terminal or a pipe) until a
// test sets false (a board's serial line). hal::ConsoleSetInterrupt works as
// on a board: the interrupt character is taken out of the input.
void SetConsoleEchoesInput(bool echoes);

}  // namespace mp::hal::testing

#endif  // MP_HAL_TESTING_CONSOLE_H_
