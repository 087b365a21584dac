// The run-time tests of match/case patterns that need more than one opcode's
// worth of code: structure checks that also take the parts out.
#ifndef MP_VM_MATCH_H_
#define MP_VM_MATCH_H_

#include <stddef.h>

#include "objects/value.h"

namespace mp::vm {

// A tuple of the subject's items if it is a sequence (list, tuple, range; not
// str, bytes or dict) of exactly `length` items, or at least `length` when
// `at_least`; None otherwise.
objects::Value MatchSequence(objects::Value subject, size_t length,
                             bool at_least);
// A tuple of the values of `keys` (a tuple) if the subject is a mapping that
// has them all; None otherwise.
objects::Value MatchMapping(objects::Value subject, objects::Value keys);
// A new dict of the mapping's items whose keys are not in `keys`.
objects::Value MatchMapRest(objects::Value mapping, objects::Value keys);
// A tuple of the attributes a class pattern names (positional ones through
// __match_args__, then `names`) if the subject is an instance of cls that has
// them all; None otherwise. Raises TypeError for a bad class pattern.
objects::Value MatchClass(objects::Value subject, objects::Value cls,
                          objects::Value names, size_t n_positional);

}  // namespace mp::vm

#endif  // MP_VM_MATCH_H_
