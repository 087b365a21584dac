// The interpreter's version, for the REPL's banner and (later) sys.version and
// sys.implementation.
#ifndef MP_VM_VERSION_H_
#define MP_VM_VERSION_H_

namespace mp::vm {

// Bumped together: the date is the version's, not the build's, so that builds
// stay reproducible (Bazel redacts __DATE__).
inline constexpr char kVersion[] = "0.1.0";
inline constexpr char kVersionDate[] = "2026-11-25";

}  // namespace mp::vm

#endif  // MP_VM_VERSION_H_
