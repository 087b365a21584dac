// Build options of the object model. Each has a default here and a Bazel
// build setting in objects/BUILD (`--//objects:float=none`), which firmware
// targets set through their transition, so that a small board can leave out
// what it does not need.
#ifndef MP_OBJECTS_CONFIG_H_
#define MP_OBJECTS_CONFIG_H_

// MP_FLOAT_IMPL: how `float` is stored. NONE leaves float (and complex) out:
// `1.5` is a SyntaxError, `1 / 2` a TypeError and int ** negative a
// ValueError, as in MicroPython built without floats. SINGLE stores an IEEE
// single (objects/float.h: Real), for boards where double arithmetic costs
// too much: complex numbers take single parts too, and no double arithmetic
// is linked.
#define MP_FLOAT_IMPL_NONE 0
#define MP_FLOAT_IMPL_SINGLE 1
#define MP_FLOAT_IMPL_DOUBLE 2

#ifndef MP_FLOAT_IMPL
#define MP_FLOAT_IMPL MP_FLOAT_IMPL_DOUBLE
#endif

#define MP_HAS_FLOAT (MP_FLOAT_IMPL != MP_FLOAT_IMPL_NONE)

// MP_HAS_COMPLEX: the complex type and imaginary literals; needs float. Its
// power and abs pull in libm's exp, log, sin, cos, atan2 and hypot. Off with
// `--//objects:complex=off`, and always without floats.
#ifndef MP_HAS_COMPLEX
#define MP_HAS_COMPLEX MP_HAS_FLOAT
#endif

#if !MP_HAS_FLOAT
#undef MP_HAS_COMPLEX
#define MP_HAS_COMPLEX 0
#endif

#endif  // MP_OBJECTS_CONFIG_H_
