// Classes defined in Python (`class C(B): ...` and type(name, bases, dict)),
// and `object`, the root of every class. A class is a Type whose slots
// dispatch to the special methods found along its method resolution order;
// its instances are Instance objects (instance.h).
#ifndef MP_OBJECTS_CLASS_H_
#define MP_OBJECTS_CLASS_H_

#include "objects/dict.h"
#include "objects/object.h"
#include "objects/tuple.h"

namespace mp::objects {

extern const Type kObjectType;

// Type flags of classes (beside kTypeUnhashable).
enum ClassFlags : uint16_t {
  kTypeIsClass = 2,
  // The class (or a base) defines __setattr__, __delattr__ or a data
  // descriptor, so stores on instances must look at the class first.
  kTypeHasSetattrHooks = 4,
  kTypeHasGetattr = 8,  // the class (or a base) defines __getattr__
  // Set on the types of callables that become bound methods when found on a
  // class through an instance (Python functions).
  kTypeBindsAsMethod = 16,
  // The class (or a base) defines __del__: its instances get a finaliser.
  kTypeHasFinaliser = 32,
};

struct Class {
  Type type;
  Dict dict;
  const Tuple* bases;
  const Tuple* mro;  // the class first, then C3 order, ending with object
  // The built-in type instances carry inside them (list, dict, int,
  // Exception...), or null when the class derives only from object.
  const Type* native_base;
  Qstr qualname;
};

inline bool IsClass(const Type* type) { return type->flags & kTypeIsClass; }

// Makes a class as type(name, bases, namespace) does: the C3 order of its
// bases (TypeError when there is none, or when two bases need different
// built-in layouts), its slots and flags. `bases` is a tuple of types.
Class* NewClass(Qstr name, const Tuple* bases, const Dict* namespace_dict);

// Finds `attr` along the method resolution order of `type` (a class or a
// built-in type): class dicts, then the locals of built-in types. Returns the
// null Value when absent. *owner, when given, receives the type it was found
// in.
Value LookupInMro(const Type* type, Qstr attr, const Type** owner = nullptr);
// The same, starting after `after` in the order of `type` (what super() does).
Value LookupInMroAfter(const Type* type, const Type* after, Qstr attr,
                       const Type** owner);

// Whether a value found on a class binds to the instance when loaded through
// it (functions do), as the attribute protocol in instance.cc decides.
bool BindsAsMethod(Value value);

// What `obj.attr` gives when the class attribute `found` (from `owner`) is
// reached through `self` (an instance or a type, `type` being self's type or
// self): binds functions, applies classmethod, staticmethod, property and
// user descriptors. Fills dest as the attr-slot protocol says.
void BindClassAttribute(Value found, const Type* owner, Value self,
                        const Type* type, Value* dest);

// The attr slot of classes themselves (C.x, C.x = v, del C.x).
void ClassAttr(Value self, Qstr attr, Value* dest);

}  // namespace mp::objects

#endif  // MP_OBJECTS_CLASS_H_
