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

}  // namespace mp::hal::testing

#endif  // MP_HAL_TESTING_CONSOLE_H_
