#!/usr/bin/env python3
"""Writes objects/unicode_tables.h, the character data behind objects/unicode.cc.

The data are facts of the Unicode character database, read from the unicodedata module and
str's own methods of the Python running this script (its Unicode version is recorded in the
output). Run it again after changing what is covered:

    python3 tools/unicode_tables.py > objects/unicode_tables.h && clang-format -i objects/unicode_tables.h

What the tables hold, and why they are shaped so (flash is scarce: the whole set is a few
kilobytes, measured by //platforms:core_freestanding_test):

- Case mappings for all of Unicode, as runs: upper case letters first, first + step, ... whose
  simple lower case is the letter + delta, and which are the simple upper case of it. Where a
  mapping is not such a pair (Kelvin sign, dotless i, title case digraphs) it is a one-way
  entry. Multi-character mappings (`ß` to `SS`, `ﬁ` to `FI`) are listed outside Greek
  Extended, whose polytonic iota forms take their one-character title case instead.
- Which characters are letters, printable or parts of identifiers: exact in the COVERED
  blocks (the scripts most text uses). Outside them only cased characters are letters, and
  all are printable but controls, format characters, separators and the ranges that are
  plainly not (surrogates, private use, unassigned planes).
- Decimal digits in every script (each a run of ten), and the other digits and numeric
  characters of the covered blocks.
"""

import sys
import unicodedata

# Blocks whose classes are exact (first, last). Case mappings cover everything.
COVERED = [
    (0x0080, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B
    (0x0250, 0x036F),  # IPA, spacing modifier letters, combining diacritical marks
    (0x0370, 0x052F),  # Greek and Coptic, Cyrillic and its supplement
    (0x0530, 0x06FF),  # Armenian, Hebrew, Arabic
    (0x0900, 0x097F),  # Devanagari
    (0x0E00, 0x0E7F),  # Thai
    (0x10A0, 0x11FF),  # Georgian, Hangul Jamo
    (0x13A0, 0x13FF),  # Cherokee
    (0x1C80, 0x1CBF),  # Cyrillic Extended-C, Georgian Extended
    (0x1D00, 0x1DBF),  # Phonetic Extensions
    (0x1E00, 0x1FFF),  # Latin Extended Additional, Greek Extended
    (0x2000, 0x218F),  # punctuation, super- and subscripts, currency, letterlike, number forms
    (0x2460, 0x24FF),  # Enclosed Alphanumerics
    (0x2C00, 0x2D2F),  # Glagolitic, Latin Extended-C, Coptic, Georgian Supplement
    (0x3000, 0x30FF),  # CJK symbols and punctuation, Hiragana, Katakana
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xA640, 0xA69F),  # Cyrillic Extended-B
    (0xA720, 0xA7FF),  # Latin Extended-D
    (0xAB70, 0xABBF),  # Cherokee Supplement
    (0xAC00, 0xD7FF),  # Hangul Syllables, Hangul Jamo Extended-B
    (0xFB00, 0xFB4F),  # Alphabetic Presentation Forms
    (0xFF00, 0xFFFF),  # Halfwidth and Fullwidth Forms, Specials
]

# The last character assigned before plane 14, in this Unicode version.
LAST_IDEOGRAPH = max(c for c in range(0x20000, 0xE0000) if unicodedata.category(chr(c)) != 'Cn')

# Outside the covered blocks, these are not printable either.
PLAINLY_UNPRINTABLE = [
    (0xD800, 0xF8FF),  # surrogates and private use
    (LAST_IDEOGRAPH + 1, 0xE00FF),  # unassigned planes, tags
    (0xE01F0, 0x10FFFF),  # unassigned, and the private use planes
]

GREEK_EXTENDED = (0x1F00, 0x1FFF)
DOTTED_CAPITAL_I = 0x130  # lower cases to two characters, handled in unicode.cc


TYPES = """// Inclusive ranges: 16-bit ends for the first plane, where most are.
struct Range {
  uint16_t first;
  uint16_t last;
};
struct WideRange {
  uint32_t first;
  uint32_t last;
};

struct CaseRun {
  uint16_t first;
  uint16_t delta;  // added modulo 2^16
  uint8_t count;
  uint8_t step;  // 1, or 2 where upper and lower case letters alternate
};
struct WideCaseRun {
  uint32_t first;
  int16_t delta;
  uint8_t count;
  uint8_t step;
};

struct CasePair {
  uint16_t from;
  uint16_t to;
};

struct MultiCharCase {
  uint16_t c;
  const char* upper;
  const char* title;
};
"""


def covered(c):
    return any(first <= c <= last for first, last in COVERED)


def ranges(predicate, codes):
    result = []
    start = previous = None
    for c in codes:
        if predicate(c):
            if start is None or c != previous + 1:
                if start is not None:
                    result.append((start, previous))
                start = c
            previous = c
    if start is not None:
        result.append((start, previous))
    return result


def merged(table):
    result = []
    for first, last in sorted(table):
        if result and first <= result[-1][1] + 1:
            result[-1] = (result[-1][0], max(last, result[-1][1]))
        else:
            result.append((first, last))
    return result


def covered_codes():
    for first, last in COVERED:
        yield from range(first, last + 1)


def single(text, fallback):
    return ord(text) if len(text) == 1 else fallback


def simple_upper(c):
    ch = chr(c)
    # Where the full mapping is longer, the one-character title case is the simple mapping.
    return single(ch.upper(), single(ch.title(), c))


def simple_lower(c):
    return single(chr(c).lower(), c)


def case_runs():
    """Runs of (upper, lower) pairs that map to each other, and the one-way rest."""
    pairs = []
    for c in range(0x110000):
        lower = simple_lower(c)
        if lower != c and simple_upper(lower) == c and c != DOTTED_CAPITAL_I:
            pairs.append((c, lower))
    paired_upper = {u for u, _ in pairs}
    paired_lower = {l for _, l in pairs}
    runs = []
    i = 0
    while i < len(pairs):
        first, lower = pairs[i]
        delta = lower - first
        best_step, best_count = 1, 1
        for step in (1, 2):
            count = 1
            while (i + count < len(pairs) and count < 255
                   and pairs[i + count][0] == first + count * step
                   and pairs[i + count][1] - pairs[i + count][0] == delta):
                count += 1
            if count > best_count:
                best_step, best_count = step, count
        runs.append((first, delta, best_count, best_step))
        i += best_count
    upper_of = []  # lower (or title) letters whose upper case is not their run's
    lower_of = []  # upper (or title) letters whose lower case is not their run's
    for c in range(0x110000):
        if c == DOTTED_CAPITAL_I:
            continue
        upper = simple_upper(c)
        if upper != c and c not in paired_lower:
            upper_of.append((c, upper))
        lower = simple_lower(c)
        if lower != c and c not in paired_upper:
            lower_of.append((c, lower))
    return runs, upper_of, lower_of


def title_changes():
    """Letters whose title case differs from their simple upper case (one character): pairs
    where it is another letter, ranges where it is the letter itself (Georgian Mkhedruli)."""
    pairs, itself = [], []
    for c in range(0x110000):
        title = chr(c).title()
        if len(title) == 1 and ord(title) != simple_upper(c):
            (itself if ord(title) == c else pairs).append((c, ord(title)))
    return pairs, ranges(lambda c: True, [c for c, _ in itself])


def multi_char_cases():
    """(c, upper, title) where the full upper or title case has more than one character."""
    result = []
    for c in range(0x110000):
        if GREEK_EXTENDED[0] <= c <= GREEK_EXTENDED[1]:
            continue
        upper, title = chr(c).upper(), chr(c).title()
        if len(upper) > 1 or len(title) > 1:
            result.append((c, upper, title))
    return result


def c_string(text):
    result = ''
    escaped = False  # a hex digit right after an escape would extend it
    for ch in text:
        if ' ' <= ch <= '~' and ch not in '"\\':
            if escaped and ch in '0123456789abcdefABCDEF':
                result += '" "'
            result += ch
            escaped = False
        else:
            result += ''.join('\\x%02X' % b for b in ch.encode('utf-8'))
            escaped = True
    return '"' + result + '"'


def range_table(name, comment, table, out):
    table = sorted(table)
    for (_, last), (first, _) in zip(table, table[1:]):
        assert last < first, name  # binary search needs them apart
    narrow = [r for r in table if r[1] <= 0xFFFF]
    wide = [r for r in table if r[1] > 0xFFFF]
    out.append('// %s' % comment)
    out.append('constexpr Range %s[] = {' % name)
    out.extend('    {0x%04X, 0x%04X},' % r for r in narrow)
    out.append('};')
    if wide:
        out.append('constexpr WideRange %sWide[] = {' % name)
        out.extend('    {0x%05X, 0x%05X},' % r for r in wide)
        out.append('};')
    out.append('')


def main():
    out = []
    out.append('// Generated by tools/unicode_tables.py from the Unicode %s character database;'
               % unicodedata.unidata_version)
    out.append('// do not edit. Included by objects/unicode.cc alone.')
    out.append('#ifndef MP_OBJECTS_UNICODE_TABLES_H_')
    out.append('#define MP_OBJECTS_UNICODE_TABLES_H_')
    out.append('')
    out.append('#include <stdint.h>')
    out.append('')
    out.append('namespace mp::objects::unicode_tables {')
    out.append('')
    out.append(TYPES)

    runs, upper_of, lower_of = case_runs()
    spans = sorted((first, first + (count - 1) * step) for first, _, count, step in runs)
    for (_, last), (first, _) in zip(spans, spans[1:]):
        assert last < first  # binary search on the upper case letters needs them apart
    out.append('// Upper case letters first, first + step, ... (count of them) whose lower case')
    out.append('// is the letter + delta (modulo 2^16 for the first plane), and the reverse.')
    out.append('constexpr CaseRun kCaseRuns[] = {')
    for first, delta, count, step in runs:
        if first <= 0xFFFF:
            out.append('    {0x%04X, 0x%04X, %d, %d},' % (first, delta & 0xFFFF, count, step))
    out.append('};')
    out.append('constexpr WideCaseRun kWideCaseRuns[] = {')
    for first, delta, count, step in runs:
        if first > 0xFFFF:
            out.append('    {0x%05X, %d, %d, %d},' % (first, delta, count, step))
    out.append('};')
    out.append('')
    title_pairs, title_itself = title_changes()
    for name, comment, table in [
        ('kUpperOf', 'Simple upper cases that are not the reverse of a run.', upper_of),
        ('kLowerOf', 'Simple lower cases that are not in a run.', lower_of),
        ('kTitleOf', 'Title cases that differ from the simple upper case.', title_pairs),
    ]:
        assert all(a <= 0xFFFF and b <= 0xFFFF for a, b in table), name
        out.append('// %s' % comment)
        out.append('constexpr CasePair %s[] = {' % name)
        out.extend('    {0x%04X, 0x%04X},' % pair for pair in table)
        out.append('};')
        out.append('')

    range_table('kTitleIsItself', 'Letters that are their own title case, unlike their upper case.',
                title_itself, out)
    out.append('// Full upper and title cases of more than one character, in UTF-8.')
    out.append('constexpr MultiCharCase kMultiCharCases[] = {')
    for c, upper, title in multi_char_cases():
        out.append('    {0x%04X, %s, %s},' % (c, c_string(upper), c_string(title)))
    out.append('};')
    out.append('')

    everything = range(0x80, 0x110000)
    first_plane = range(0x80, 0x10000)
    range_table('kTitleCase', 'Title case letters (Lt).',
                ranges(lambda c: unicodedata.category(chr(c)) == 'Lt', everything), out)
    # Beyond the first plane these would be mostly mathematical letters, at a kilobyte.
    range_table('kUpperWithoutMapping',
                'Upper case characters without a lower case (first plane).',
                ranges(lambda c: chr(c).isupper() and chr(c).lower() == chr(c) and
                       unicodedata.category(chr(c)) != 'Lt', first_plane), out)
    range_table('kLowerWithoutMapping',
                'Lower case characters without an upper case (first plane).',
                ranges(lambda c: chr(c).islower() and simple_upper(c) == c, first_plane), out)
    range_table('kLetters', 'Letters (isalpha): all in the covered blocks, the cased ones '
                'elsewhere in the first plane. Beyond it, the letters with a case mapping.',
                ranges(lambda c: chr(c).isalpha() and (covered(c) or chr(c).isupper() or
                                                       chr(c).islower() or chr(c).istitle()),
                       first_plane), out)

    unprintable = ranges(lambda c: not chr(c).isprintable() if covered(c) else
                         unicodedata.category(chr(c)) in ('Cc', 'Cf', 'Zs', 'Zl', 'Zp'),
                         everything)
    unprintable = merged(unprintable + PLAINLY_UNPRINTABLE)
    range_table('kUnprintable', 'Characters repr() escapes, besides ASCII controls.',
                unprintable, out)
    range_table('kIdentifierStartDiffers',
                'Where starting an identifier is not the same as being a letter.',
                ranges(lambda c: chr(c).isidentifier() != chr(c).isalpha(), covered_codes()), out)
    range_table('kIdentifierContinueDiffers',
                'Where continuing an identifier is not the same as starting one or being a '
                'decimal digit (combining marks, connector punctuation).',
                ranges(lambda c: ('a' + chr(c)).isidentifier() !=
                       (chr(c).isidentifier() or chr(c).isdecimal()), covered_codes()), out)

    zeros = [c for c in range(0x110000) if chr(c).isdecimal() and unicodedata.decimal(chr(c)) == 0]
    for zero in zeros:
        assert all(chr(zero + i).isdecimal() for i in range(10)), hex(zero)
    decimal_count = sum(1 for c in range(0x110000) if chr(c).isdecimal())
    assert decimal_count == 10 * len(zeros)
    out.append('// The zeros of the decimal digits: each starts a run of ten.')
    out.append('constexpr uint16_t kDecimalZeros[] = {')
    out.extend('    0x%04X,' % z for z in zeros if z <= 0xFFFF)
    out.append('};')
    out.append('constexpr uint32_t kWideDecimalZeros[] = {')
    out.extend('    0x%05X,' % z for z in zeros if z > 0xFFFF)
    out.append('};')
    out.append('')
    range_table('kOtherDigits', 'Digits that are not decimal (superscripts, circled digits).',
                ranges(lambda c: chr(c).isdigit() and not chr(c).isdecimal(), everything), out)
    range_table('kOtherNumerics', 'Numeric characters that are not digits, in the covered blocks.',
                ranges(lambda c: chr(c).isnumeric() and not chr(c).isdigit(),
                       covered_codes()), out)
    spaces = ranges(lambda c: chr(c).isspace(), everything)
    range_table('kSpaces', 'White space beyond ASCII.', spaces, out)

    out.append('}  // namespace mp::objects::unicode_tables')
    out.append('')
    out.append('#endif  // MP_OBJECTS_UNICODE_TABLES_H_')
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
