// Test helpers for code that runs on the Python runtime. Linking this library
// provides main(): it sets up a 1 MiB heap and the stack bounds, then runs the
// GoogleTest tests.
#ifndef MP_OBJECTS_TESTING_H_
#define MP_OBJECTS_TESTING_H_

#include <string>

#include "objects/nlr.h"
#include "objects/value.h"

namespace mp::objects::testing {

// "Type: message" for an exception value.
std::string DescribeException(Value exception);

// Runs f; returns "" if it returned, or "Type: message" if it raised. The body
// of f must hold only trivially destructible locals, since a raise skips
// destructors.
template <typename F>
std::string RaisedBy(F f) {
  NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    f();
    NlrPop(nlr);
    return "";
  }
  return DescribeException(nlr.exception);
}

// str(value) and repr(value) as std::string.
std::string Str(Value value);
std::string Repr(Value value);

}  // namespace mp::objects::testing

#endif  // MP_OBJECTS_TESTING_H_
