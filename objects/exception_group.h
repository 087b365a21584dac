// BaseExceptionGroup and ExceptionGroup (PEP 654): an exception carrying
// others, which except* takes apart with split().
#ifndef MP_OBJECTS_EXCEPTION_GROUP_H_
#define MP_OBJECTS_EXCEPTION_GROUP_H_

#include "objects/object.h"

namespace mp::objects {

extern const Type kBaseExceptionGroupType;
extern const Type kExceptionGroupType;

bool IsExceptionGroup(Value value);

// Splits a group by `condition` (an exception type, a tuple of them, or a
// predicate): *match gets a group of the leaves that match (the group itself
// when all do), *rest one of those that do not; either is None when empty.
void SplitExceptionGroup(Value group, Value condition, Value* match,
                         Value* rest);

// A new ExceptionGroup (or BaseExceptionGroup, when some are not Exceptions)
// with `message` and the `n` exceptions.
Value NewExceptionGroup(Value message, size_t n, const Value* exceptions);

}  // namespace mp::objects

#endif  // MP_OBJECTS_EXCEPTION_GROUP_H_
