#include "objects/unicode.h"

namespace mp::objects {
namespace {

// Tables are in flash, which is scarce: ranges within the first plane, the
// most of them, take 16-bit code points.
template <typename CodePoint>
struct RangeOf {
  CodePoint first;
  CodePoint last;
};
using Range = RangeOf<uint16_t>;
using WideRange = RangeOf<uint32_t>;

// Upper case letters first..last (every one, or every other one when
// alternating) whose lower case is the letter + delta.
struct CaseRun {
  uint16_t first;
  uint16_t last;
  int16_t delta;
  bool alternating;
};

constexpr CaseRun kCaseRuns[] = {
    {0x00C0, 0x00D6, 32, false},   {0x00D8, 0x00DE, 32, false},
    {0x0100, 0x012E, 1, true},     {0x0132, 0x0136, 1, true},
    {0x0139, 0x0147, 1, true},     {0x014A, 0x0176, 1, true},
    {0x0178, 0x0178, -121, false}, {0x0179, 0x017D, 1, true},
    {0x0182, 0x0184, 1, true},     {0x0187, 0x0187, 1, false},
    {0x018B, 0x018B, 1, false},    {0x0191, 0x0191, 1, false},
    {0x0198, 0x0198, 1, false},    {0x01A0, 0x01A4, 1, true},
    {0x01A7, 0x01A7, 1, false},    {0x01AC, 0x01AC, 1, false},
    {0x01AF, 0x01AF, 1, false},    {0x01B3, 0x01B5, 1, true},
    {0x01B8, 0x01B8, 1, false},    {0x01BC, 0x01BC, 1, false},
    {0x01CD, 0x01DB, 1, true},     {0x01DE, 0x01EE, 1, true},
    {0x01F4, 0x01F4, 1, false},    {0x01F8, 0x021E, 1, true},
    {0x0222, 0x0232, 1, true},     {0x0246, 0x024E, 1, true},
    {0x0370, 0x0372, 1, true},     {0x0376, 0x0376, 1, false},
    {0x037F, 0x037F, 116, false},  {0x0386, 0x0386, 38, false},
    {0x0388, 0x038A, 37, false},   {0x038C, 0x038C, 64, false},
    {0x038E, 0x038F, 63, false},   {0x0391, 0x03A1, 32, false},
    {0x03A3, 0x03AB, 32, false},   {0x03D8, 0x03EE, 1, true},
    {0x03F7, 0x03F7, 1, false},    {0x03FA, 0x03FA, 1, false},
    {0x0400, 0x040F, 80, false},   {0x0410, 0x042F, 32, false},
    {0x0460, 0x0480, 1, true},     {0x048A, 0x04BE, 1, true},
    {0x04C0, 0x04C0, 15, false},   {0x04C1, 0x04CD, 1, true},
    {0x04D0, 0x052E, 1, true},     {0x0531, 0x0556, 48, false},
    {0x1E00, 0x1E94, 1, true},     {0x1E9E, 0x1E9E, -7615, false},
    {0x1EA0, 0x1EFE, 1, true},     {0xFF21, 0xFF3A, 32, false},
};

// Lower case letters whose upper case is not the inverse of a run above.
struct OneWay {
  uint16_t lower;
  uint16_t upper;  // itself when it has none
};

constexpr OneWay kLowerOnly[] = {
    {0x00AA, 0x00AA}, {0x00B5, 0x039C}, {0x00BA, 0x00BA}, {0x00DF, 0x00DF},
    {0x0131, 0x0049}, {0x0138, 0x0138}, {0x0149, 0x0149}, {0x017F, 0x0053},
    {0x0390, 0x0390}, {0x03B0, 0x03B0}, {0x03C2, 0x03A3}, {0x0587, 0x0587},
};

constexpr uint32_t kCapitalIWithDot = 0x130;

struct MultiCharCase {
  uint16_t c;
  const char* upper;
  const char* title;
};

constexpr MultiCharCase kMultiCharUpper[] = {
    {0x00DF, "SS", "Ss"},
    {0x0149, "\xCA\xBCN", "\xCA\xBCN"},
    {0x0390, "\xCE\x99\xCC\x88\xCC\x81", "\xCE\x99\xCC\x88\xCC\x81"},
    {0x03B0, "\xCE\xA5\xCC\x88\xCC\x81", "\xCE\xA5\xCC\x88\xCC\x81"},
    {0x0587, "\xD4\xB5\xD5\x92", "\xD4\xB5\xD6\x82"},
};

// Letters without case, and the cased ones outside the runs.
constexpr Range kOtherLetters[] = {
    {0x00F8, 0x02C1}, {0x02C6, 0x02D1}, {0x02E0, 0x02E4}, {0x02EC, 0x02EC},
    {0x02EE, 0x02EE}, {0x0370, 0x0374}, {0x0376, 0x0377}, {0x037A, 0x037D},
    {0x038E, 0x03A1}, {0x03A3, 0x03F5}, {0x03F7, 0x0481}, {0x048A, 0x052F},
    {0x0559, 0x0559}, {0x0560, 0x0588}, {0x05D0, 0x05EA}, {0x05EF, 0x05F2},
    {0x0620, 0x064A}, {0x1E00, 0x1EFF}, {0x3041, 0x3096}, {0x309D, 0x309F},
    {0x30A1, 0x30FA}, {0x30FC, 0x30FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
    {0xAC00, 0xD7A3}, {0xFF41, 0xFF5A},
};

constexpr Range kDecimalDigits[] = {
    {0x0660, 0x0669}, {0x06F0, 0x06F9}, {0x0966, 0x096F}, {0xFF10, 0xFF19}};

constexpr Range kSpaces[] = {
    {0x0085, 0x0085}, {0x00A0, 0x00A0}, {0x1680, 0x1680}, {0x2000, 0x200A},
    {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}};

// Controls, format characters, separators other than ' ', surrogates, private
// use and the unassigned code points that are easy to name.
constexpr WideRange kUnprintable[] = {
    {0x007F, 0x00A0},   {0x00AD, 0x00AD},   {0x0378, 0x0379},
    {0x0380, 0x0383},   {0x038B, 0x038B},   {0x038D, 0x038D},
    {0x03A2, 0x03A2},   {0x1680, 0x1680},   {0x2000, 0x200F},
    {0x2028, 0x202F},   {0x205F, 0x206F},   {0x3000, 0x3000},
    {0xD800, 0xF8FF},   {0xFEFF, 0xFEFF},   {0xFFF0, 0xFFFB},
    {0xFFFE, 0xFFFF},   {0x3134B, 0xDFFFF}, {0xE0000, 0xE00FF},
    {0xE01F0, 0x10FFFF}};

template <typename CodePoint, size_t N>
bool InRanges(const RangeOf<CodePoint> (&ranges)[N], uint32_t c) {
  for (const RangeOf<CodePoint>& range : ranges) {
    if (c >= range.first && c <= range.last) return true;
  }
  return false;
}

bool InRun(const CaseRun& run, uint32_t c) {
  return c >= run.first && c <= run.last &&
         (!run.alternating || ((c - run.first) & 1) == 0);
}

// The run in which c is the upper case letter, or null.
const CaseRun* RunOfUpper(uint32_t c) {
  for (const CaseRun& run : kCaseRuns) {
    if (InRun(run, c)) return &run;
  }
  return nullptr;
}

const CaseRun* RunOfLower(uint32_t c) {
  for (const CaseRun& run : kCaseRuns) {
    if (InRun(run, static_cast<uint32_t>(static_cast<int32_t>(c) - run.delta)))
      return &run;
  }
  return nullptr;
}

const OneWay* LowerOnly(uint32_t c) {
  for (const OneWay& entry : kLowerOnly) {
    if (entry.lower == c) return &entry;
  }
  return nullptr;
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
  return InRanges(kSpaces, c);
}

bool IsDecimalChar(uint32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return InRanges(kDecimalDigits, c);
}

bool IsDigitChar(uint32_t c) {
  // Superscript one, two and three are digits but not decimals.
  return IsDecimalChar(c) || c == 0xB2 || c == 0xB3 || c == 0xB9;
}

bool IsUpperChar(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return RunOfUpper(c) != nullptr || c == kCapitalIWithDot;
}

bool IsLowerChar(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return RunOfLower(c) != nullptr || LowerOnly(c) != nullptr;
}

bool IsAlphaChar(uint32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return IsCasedChar(c) || InRanges(kOtherLetters, c);
}

bool IsLineBreakChar(uint32_t c) {
  return (c >= '\n' && c <= '\r') || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}

bool IsPrintableChar(uint32_t c) {
  if (c < 0x7F) return c >= ' ';
  return !InRanges(kUnprintable, c);
}

uint32_t ToUpperChar(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
  if (const OneWay* entry = LowerOnly(c)) return entry->upper;
  if (const CaseRun* run = RunOfLower(c))
    return static_cast<uint32_t>(static_cast<int32_t>(c) - run->delta);
  return c;
}

uint32_t ToLowerChar(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (const CaseRun* run = RunOfUpper(c))
    return static_cast<uint32_t>(static_cast<int32_t>(c) + run->delta);
  return c == kCapitalIWithDot ? 'i' : c;
}

const char* MultiCharUpper(uint32_t c, bool title) {
  for (const MultiCharCase& entry : kMultiCharUpper) {
    if (entry.c == c) return title ? entry.title : entry.upper;
  }
  return nullptr;
}

const char* MultiCharLower(uint32_t c) {
  return c == kCapitalIWithDot ? "i\xCC\x87" : nullptr;
}

}  // namespace mp::objects
