// Correctly rounded conversion between IEEE 754 binary64 doubles (or binary32
// singles: each function has an overload for float) and decimal text, with
// Python's rules: repr(float), format(float, 'f'/'e'/'g'), and float(str) /
// float literals.
//
// Freestanding: no heap, no C library formatting or parsing, no large tables.
// The exact work is done with a small fixed-size big number on the stack (a few
// hundred bytes).
#ifndef MP_OBJECTS_NUMERIC_FLOAT_TEXT_H_
#define MP_OBJECTS_NUMERIC_FLOAT_TEXT_H_

#include <stddef.h>

namespace mp::numeric {

// Shortest decimal digits that round-trip (like Python's repr): writes the
// significant digits (no dot, no sign) into digits[] (at least 17 bytes),
// returns their count, and sets *decimal_exponent so that
// value = 0.d1d2d3... x 10^decimal_exponent. Among the shortest candidates, the
// one closest to x is chosen (ties to even). Positive finite x only (0.0 gives
// the single digit "0" with exponent 1).
int ShortestDigits(double x, char* digits, int* decimal_exponent);
// The same for a single: the shortest digits that read back (as a single) as x,
// at most 9 of them.
int ShortestDigits(float x, char* digits, int* decimal_exponent);

// Python's repr(float) / str(float): "1.0", "0.1", "1e+16", "1.5e-07", "inf",
// "-inf", "nan", "-0.0". Exponent notation when the decimal exponent is < -4 or
// >= 16. Writes a NUL-terminated string into out (at least 32 bytes) and
// returns its length.
int FormatRepr(double x, char* out);
// The same with the shortest digits of a single: 0.1f is "0.1", not
// "0.10000000149011612"; the exponent notation starts where it does for
// doubles.
int FormatRepr(float x, char* out);

// printf-style formatting for Python's format specs, correctly rounded
// (round-half-even on the exact binary value): type is 'f', 'e', 'g' or 'F',
// 'E', 'G' (upper case letters for the exponent and for "INF"/"NAN"; any other
// letter acts as 'g'); precision >= 0 (for 'g', 0 means 1; a negative
// precision means the default, 6). With
// alternate_form ('#'), the point is always written and 'g' keeps trailing
// zeros. NaN is written without a sign, as Python does. Writes at most out_size
// bytes including the NUL and returns the length the whole text needs (like
// snprintf), so a caller can retry with a buffer of the returned length + 1.
int FormatFixed(double x, char type, int precision, bool alternate_form,
                char* out, size_t out_size);
// The same for the exact value of a single.
int FormatFixed(float x, char type, int precision, bool alternate_form,
                char* out, size_t out_size);

// Parses Python float syntax: optional whitespace, sign, digits with an
// optional '.', optional exponent, then optional whitespace; or "inf",
// "infinity", "nan" in any case. Underscores are allowed between digits when
// allow_underscores. Correctly rounded (round-half-even) for any number of
// digits, including subnormals and overflow to infinity. Returns false, leaving
// *result unchanged, when the text is not a float.
bool ParseFloat(const char* text, size_t length, bool allow_underscores,
                double* result);
// The same, rounded once to the nearest single (not through a double, which
// could round twice).
bool ParseFloat(const char* text, size_t length, bool allow_underscores,
                float* result);

}  // namespace mp::numeric

#endif  // MP_OBJECTS_NUMERIC_FLOAT_TEXT_H_
