// Running Python snippets in the tests of the built-in modules, against the
// hal's test backend (hal/testing). Link //objects:testing for main().
#ifndef MP_MODULES_TESTING_H_
#define MP_MODULES_TESTING_H_

#include <stddef.h>

#include <string>

#include "vm/builtin_modules.h"

namespace mp::modules::testing {

// Starts the VM (once per test program) with `modules` as the program's.
void StartVm(const vm::ProgramModule* modules, size_t count);

template <size_t N>
void StartVm(const vm::ProgramModule (&modules)[N]) {
  StartVm(modules, N);
}

// Runs source in fresh globals; returns what it printed, then "!" and the
// last line of the traceback if it raised (as "!ValueError: invalid pin\n").
std::string RunPython(const std::string& source);

}  // namespace mp::modules::testing

#endif  // MP_MODULES_TESTING_H_
