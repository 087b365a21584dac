#include "objects/unicode.h"

#include "objects/unicode_tables.h"

namespace mp::objects {
namespace {

namespace tables = unicode_tables;

constexpr uint32_t kCapitalIWithDot = 0x130;
constexpr uint32_t kLastInFirstPlane = 0xFFFF;

// Binary search in sorted, disjoint ranges. The searches take a pointer and a
// count, so that each kind of table shares one copy of the code; the wrappers
// that take arrays are inline.
template <typename Range>
bool InRangesOf(const Range* ranges, size_t count, uint32_t c) {
  size_t low = 0;
  size_t high = count;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    if (c < ranges[middle].first) {
      high = middle;
    } else if (c > ranges[middle].last) {
      low = middle + 1;
    } else {
      return true;
    }
  }
  return false;
}

template <typename Range, size_t N>
inline bool InRanges(const Range (&ranges)[N], uint32_t c) {
  return InRangesOf(ranges, N, c);
}

template <size_t N, size_t M>
inline bool InRanges(const tables::Range (&narrow)[N],
                     const tables::WideRange (&wide)[M], uint32_t c) {
  return c <= kLastInFirstPlane ? InRanges(narrow, c) : InRanges(wide, c);
}

// The entry with the greatest key <= c in a table sorted by key, or null.
template <typename Entry, typename Key>
const Entry* FloorEntry(const Entry* entries, size_t count, uint32_t c,
                        Key key) {
  size_t low = 0;
  size_t high = count;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    if (key(entries[middle]) <= c) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low == 0 ? nullptr : &entries[low - 1];
}

template <typename Run>
bool InRun(const Run& run, uint32_t c) {
  if (c < run.first) return false;
  uint32_t offset = c - run.first;
  return offset % run.step == 0 && offset / run.step < run.count;
}

// The run in which c is the upper case letter, or null.
template <typename Run, size_t N>
const Run* RunOfUpper(const Run (&runs)[N], uint32_t c) {
  const Run* run =
      FloorEntry(runs, N, c, [](const Run& r) -> uint32_t { return r.first; });
  return run != nullptr && InRun(*run, c) ? run : nullptr;
}

// c's lower case by the runs, or c itself.
uint32_t RunLower(uint32_t c) {
  if (c <= kLastInFirstPlane) {
    const tables::CaseRun* run = RunOfUpper(tables::kCaseRuns, c);
    return run != nullptr ? (c + run->delta) & kLastInFirstPlane : c;
  }
  const tables::WideCaseRun* run = RunOfUpper(tables::kWideCaseRuns, c);
  return run != nullptr ? c + static_cast<uint32_t>(int32_t{run->delta}) : c;
}

// c's upper case by the runs, or c itself. Lower case letters are not in the
// order of their runs, so the search is linear.
uint32_t RunUpper(uint32_t c) {
  if (c <= kLastInFirstPlane) {
    for (const tables::CaseRun& run : tables::kCaseRuns) {
      uint32_t upper = (c - run.delta) & kLastInFirstPlane;
      if (InRun(run, upper)) return upper;
    }
    return c;
  }
  for (const tables::WideCaseRun& run : tables::kWideCaseRuns) {
    uint32_t upper = c - static_cast<uint32_t>(int32_t{run.delta});
    if (InRun(run, upper)) return upper;
  }
  return c;
}

const tables::CasePair* FindPairOf(const tables::CasePair* pairs, size_t count,
                                   uint32_t c) {
  const tables::CasePair* pair =
      FloorEntry(pairs, count, c,
                 [](const tables::CasePair& p) -> uint32_t { return p.from; });
  return pair != nullptr && pair->from == c ? pair : nullptr;
}

// The mapping of c in a table of pairs sorted by `from`, or null.
template <size_t N>
inline const tables::CasePair* FindPair(const tables::CasePair (&pairs)[N],
                                        uint32_t c) {
  return FindPairOf(pairs, N, c);
}

// The place of c in one of the runs of ten decimal digits that start at the
// zeros (sorted), or -1.
template <typename Zero, size_t N>
int DigitInDecimalRuns(const Zero (&zeros)[N], uint32_t c) {
  const Zero* zero =
      FloorEntry(zeros, N, c, [](Zero z) -> uint32_t { return z; });
  return zero != nullptr && c - *zero < 10 ? static_cast<int>(c - *zero) : -1;
}

}  // namespace

uint32_t DecodeUtf8(const char* data, size_t length, size_t* offset) {
  auto byte = [&](size_t i) { return static_cast<uint8_t>(data[i]); };
  size_t i = *offset;
  uint32_t c = byte(i++);
  if (c >= 0x80) {
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    c &= 0x3Fu >> more;
    for (; more > 0 && i < length; --more) c = (c << 6) | (byte(i++) & 0x3Fu);
  }
  *offset = i;
  return c;
}

uint32_t DecodeUtf8Before(const char* data, size_t* offset) {
  size_t start = *offset - 1;
  while (start > 0 && (static_cast<uint8_t>(data[start]) & 0xC0) == 0x80)
    --start;
  size_t end = start;
  uint32_t c = DecodeUtf8(data, *offset, &end);
  *offset = start;
  return c;
}

size_t EncodeUtf8(uint32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  size_t n = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  static constexpr uint8_t kLead[] = {0, 0, 0xC0, 0xE0, 0xF0};
  for (size_t i = n - 1; i > 0; --i) {
    out[i] = static_cast<char>(0x80 | (c & 0x3F));
    c >>= 6;
  }
  out[0] = static_cast<char>(kLead[n] | c);
  return n;
}

size_t ValidUtf8Length(const char* data, size_t length, size_t* invalid) {
  auto byte = [&](size_t i) { return static_cast<uint8_t>(data[i]); };
  uint8_t lead = byte(0);
  if (lead < 0x80) return 1;
  // The range of the second byte rules out overlong forms, surrogates and
  // code points past U+10FFFF.
  size_t more;
  uint8_t low = 0x80;
  uint8_t high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    more = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    more = 2;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    more = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    *invalid = 1;
    return 0;
  }
  for (size_t i = 1; i <= more; ++i) {
    if (i >= length || byte(i) < low || byte(i) > high) {
      *invalid = i;
      return 0;
    }
    low = 0x80;
    high = 0xBF;
  }
  return more + 1;
}

bool IsSpaceChar(uint32_t c) {
  if (c < 0x80) return (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= ' ');
  return InRanges(tables::kSpaces, c);
}

int DecimalDigitValue(uint32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  return c <= kLastInFirstPlane
             ? DigitInDecimalRuns(tables::kDecimalZeros, c)
             : DigitInDecimalRuns(tables::kWideDecimalZeros, c);
}

bool IsDecimalChar(uint32_t c) { return DecimalDigitValue(c) >= 0; }

bool IsDigitChar(uint32_t c) {
  return IsDecimalChar(c) ||
         (c >= 0x80 &&
          InRanges(tables::kOtherDigits, tables::kOtherDigitsWide, c));
}

bool IsNumericChar(uint32_t c) {
  return IsDigitChar(c) || (c >= 0x80 && InRanges(tables::kOtherNumerics, c));
}

bool IsTitleChar(uint32_t c) {
  return c >= 0x80 && InRanges(tables::kTitleCase, c);
}

bool IsUpperChar(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (IsTitleChar(c)) return false;
  return RunLower(c) != c || c == kCapitalIWithDot ||
         FindPair(tables::kLowerOf, c) != nullptr ||
         InRanges(tables::kUpperWithoutMapping, c);
}

bool IsLowerChar(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (IsTitleChar(c)) return false;
  return RunUpper(c) != c || FindPair(tables::kUpperOf, c) != nullptr ||
         InRanges(tables::kLowerWithoutMapping, c);
}

bool IsAlphaChar(uint32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c <= kLastInFirstPlane) return InRanges(tables::kLetters, c);
  return RunLower(c) != c || RunUpper(c) != c;
}

bool IsIdentifierStartChar(uint32_t c) {
  if (c < 0x80) return c == '_' || IsAlphaChar(c);
  return IsAlphaChar(c) != InRanges(tables::kIdentifierStartDiffers, c);
}

bool IsIdentifierChar(uint32_t c) {
  if (c < 0x80) return IsIdentifierStartChar(c) || IsDecimalChar(c);
  return (IsIdentifierStartChar(c) || IsDecimalChar(c)) !=
         InRanges(tables::kIdentifierContinueDiffers, c);
}

bool IsLineBreakChar(uint32_t c) {
  return (c >= '\n' && c <= '\r') || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}

bool IsPrintableChar(uint32_t c) {
  if (c < 0x80) return c >= ' ' && c != 0x7F;
  return !InRanges(tables::kUnprintable, tables::kUnprintableWide, c);
}

uint32_t ToUpperChar(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
  if (const tables::CasePair* pair = FindPair(tables::kUpperOf, c))
    return pair->to;
  return RunUpper(c);
}

uint32_t ToLowerChar(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c == kCapitalIWithDot) return 'i';
  if (const tables::CasePair* pair = FindPair(tables::kLowerOf, c))
    return pair->to;
  return RunLower(c);
}

uint32_t ToTitleChar(uint32_t c) {
  if (c >= 0x80) {
    if (const tables::CasePair* pair = FindPair(tables::kTitleOf, c))
      return pair->to;
    if (InRanges(tables::kTitleIsItself, c)) return c;
  }
  return ToUpperChar(c);
}

const char* MultiCharUpper(uint32_t c, bool title) {
  const tables::MultiCharCase* entry = FloorEntry(
      tables::kMultiCharCases,
      sizeof(tables::kMultiCharCases) / sizeof(tables::kMultiCharCases[0]), c,
      [](const tables::MultiCharCase& e) -> uint32_t { return e.c; });
  if (entry == nullptr || entry->c != c) return nullptr;
  return title ? entry->title : entry->upper;
}

const char* MultiCharLower(uint32_t c) {
  return c == kCapitalIWithDot ? "i\xCC\x87" : nullptr;
}

}  // namespace mp::objects
