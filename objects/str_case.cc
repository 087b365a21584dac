// The methods of str about case and character classes: upper, lower,
// swapcase, capitalize, title and the is* tests. ASCII text takes a fast path
// byte by byte; other text is decoded and mapped by objects/unicode.h, with
// the mappings that change the length (German sharp s, ligatures, dotted
// capital I), title case digraphs and Greek final sigma as CPython does them.
#include <string.h>

#include "objects/str_text.h"
#include "objects/unicode.h"
#include "objects/vstr.h"

namespace mp::objects {
namespace {

constexpr uint32_t kCapitalSigma = 0x3A3;
constexpr uint32_t kSmallSigma = 0x3C3;
constexpr uint32_t kFinalSigma = 0x3C2;

enum class CaseChange { kUpper, kLower, kSwap, kCapitalize, kTitle };

char AsciiUpper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
}
char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

// Punctuation and combining marks that Unicode lets sit inside a cased word
// (the subset of Case_Ignorable that the sigma rule meets in practice).
bool IsCaseIgnorable(uint32_t c) {
  return c == '\'' || c == '.' || c == ':' || c == 0xAD || c == 0xB7 ||
         c == 0x2019 || (c >= 0x300 && c <= 0x36F);
}

// Capital sigma lowers to final sigma at the end of a word: after a cased
// letter and not before one, case-ignorable characters skipped both ways.
uint32_t LowerSigma(const Text& text, size_t start, size_t end) {
  size_t at = start;
  uint32_t c = 0;
  bool after_cased = false;
  while (at > 0) {
    c = DecodeUtf8Before(text.data, &at);
    if (!IsCaseIgnorable(c)) {
      after_cased = IsCasedChar(c);
      break;
    }
  }
  if (!after_cased) return kSmallSigma;
  for (at = end; at < text.length;) {
    c = DecodeUtf8(text.data, text.length, &at);
    if (!IsCaseIgnorable(c)) return IsCasedChar(c) ? kSmallSigma : kFinalSigma;
  }
  return kFinalSigma;
}

void AppendChar(Vstr* out, uint32_t c) {
  char bytes[4];
  out->Append(bytes, EncodeUtf8(c, bytes));
}

void AppendUpper(Vstr* out, uint32_t c, bool title) {
  if (const char* full = MultiCharUpper(c, title)) {
    out->Append(full);
  } else {
    AppendChar(out, title ? ToTitleChar(c) : ToUpperChar(c));
  }
}

void AppendLower(Vstr* out, const Text& text, uint32_t c, size_t start,
                 size_t end) {
  if (const char* full = MultiCharLower(c)) {
    out->Append(full);
  } else if (c == kCapitalSigma) {
    AppendChar(out, LowerSigma(text, start, end));
  } else {
    AppendChar(out, ToLowerChar(c));
  }
}

Value ChangeAsciiCase(const Text& text, CaseChange change) {
  char* out;
  Value result = NewTextUninitialized(text, text.length, true, &out);
  bool previous_cased = false;
  for (size_t i = 0; i < text.length; ++i) {
    char c = text.data[i];
    bool upper = c >= 'A' && c <= 'Z';
    bool lower = c >= 'a' && c <= 'z';
    switch (change) {
      case CaseChange::kUpper:
        out[i] = AsciiUpper(c);
        break;
      case CaseChange::kLower:
        out[i] = AsciiLower(c);
        break;
      case CaseChange::kSwap:
        out[i] = upper ? AsciiLower(c) : AsciiUpper(c);
        break;
      case CaseChange::kCapitalize:
        out[i] = i == 0 ? AsciiUpper(c) : AsciiLower(c);
        break;
      case CaseChange::kTitle:
        out[i] = previous_cased ? AsciiLower(c) : AsciiUpper(c);
        previous_cased = upper || lower;
        break;
    }
  }
  return result;
}

Value ChangeCase(const Value* args, CaseChange change) {
  Text text = SelfText(args[0]);
  if (text.ascii) return ChangeAsciiCase(text, change);
  Vstr out(text.length + 4);
  bool previous_cased = false;
  for (size_t at = 0; at < text.length;) {
    size_t start = at;
    uint32_t c = DecodeUtf8(text.data, text.length, &at);
    switch (change) {
      case CaseChange::kUpper:
        AppendUpper(&out, c, false);
        break;
      case CaseChange::kLower:
        AppendLower(&out, text, c, start, at);
        break;
      case CaseChange::kSwap:
        if (IsUpperChar(c)) {
          AppendLower(&out, text, c, start, at);
        } else if (IsLowerChar(c)) {
          AppendUpper(&out, c, false);
        } else {
          AppendChar(&out, c);
        }
        break;
      case CaseChange::kCapitalize:
        if (start == 0) {
          AppendUpper(&out, c, true);
        } else {
          AppendLower(&out, text, c, start, at);
        }
        break;
      case CaseChange::kTitle:
        if (previous_cased) {
          AppendLower(&out, text, c, start, at);
        } else {
          AppendUpper(&out, c, true);
        }
        previous_cased = IsCasedChar(c);
        break;
    }
  }
  return NewStr(out.data(), out.length());
}

// Whether every character passes (and there is at least one).
Value AllChars(const Value* args, bool (*test)(uint32_t)) {
  Text text = SelfText(args[0]);
  if (text.length == 0) return Value::False();
  for (size_t at = 0; at < text.length;) {
    if (!test(NextChar(text, &at))) return Value::False();
  }
  return Value::True();
}

// isupper (or islower): some character of that case, and none of the other
// case or title case.
Value AllOfCase(const Value* args, bool upper) {
  Text text = SelfText(args[0]);
  bool cased = false;
  for (size_t at = 0; at < text.length;) {
    uint32_t c = NextChar(text, &at);
    if (IsTitleChar(c) || (upper ? IsLowerChar(c) : IsUpperChar(c)))
      return Value::False();
    cased = cased || (upper ? IsUpperChar(c) : IsLowerChar(c));
  }
  return Value::Bool(cased);
}

}  // namespace

Value StrUpperMethod(size_t, size_t, const Value* args) {
  return ChangeCase(args, CaseChange::kUpper);
}
Value StrLowerMethod(size_t, size_t, const Value* args) {
  return ChangeCase(args, CaseChange::kLower);
}
Value StrSwapCaseMethod(size_t, size_t, const Value* args) {
  return ChangeCase(args, CaseChange::kSwap);
}
Value StrCapitalizeMethod(size_t, size_t, const Value* args) {
  return ChangeCase(args, CaseChange::kCapitalize);
}
Value StrTitleMethod(size_t, size_t, const Value* args) {
  return ChangeCase(args, CaseChange::kTitle);
}

Value StrIsSpaceMethod(size_t, size_t, const Value* args) {
  return AllChars(args, IsSpaceChar);
}
Value StrIsAlphaMethod(size_t, size_t, const Value* args) {
  return AllChars(args, IsAlphaChar);
}
Value StrIsDigitMethod(size_t, size_t, const Value* args) {
  return AllChars(args, IsDigitChar);
}
Value StrIsDecimalMethod(size_t, size_t, const Value* args) {
  return AllChars(args, IsDecimalChar);
}
Value StrIsNumericMethod(size_t, size_t, const Value* args) {
  return AllChars(args, IsNumericChar);
}
Value StrIsAlnumMethod(size_t, size_t, const Value* args) {
  return AllChars(
      args, [](uint32_t c) { return IsAlphaChar(c) || IsNumericChar(c); });
}

// Python's rule, without the check for keywords (str.isidentifier has none).
Value StrIsIdentifierMethod(size_t, size_t, const Value* args) {
  Text text = SelfText(args[0]);
  for (size_t at = 0; at < text.length;) {
    bool first = at == 0;
    uint32_t c = NextChar(text, &at);
    if (!(first ? IsIdentifierStartChar(c) : IsIdentifierChar(c)))
      return Value::False();
  }
  return Value::Bool(text.length != 0);
}
Value StrIsUpperMethod(size_t, size_t, const Value* args) {
  return AllOfCase(args, true);
}
Value StrIsLowerMethod(size_t, size_t, const Value* args) {
  return AllOfCase(args, false);
}

// Upper and title case letters only at the start of words, lower case ones
// only inside.
Value StrIsTitleMethod(size_t, size_t, const Value* args) {
  Text text = SelfText(args[0]);
  bool cased = false;
  bool previous_cased = false;
  for (size_t at = 0; at < text.length;) {
    uint32_t c = NextChar(text, &at);
    if (IsUpperChar(c) || IsTitleChar(c)) {
      if (previous_cased) return Value::False();
      previous_cased = cased = true;
    } else if (IsLowerChar(c)) {
      if (!previous_cased) return Value::False();
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::Bool(cased);
}

Value StrIsAsciiMethod(size_t, size_t, const Value* args) {
  Text text = SelfText(args[0]);
  return Value::Bool(IsAsciiText(text.data, text.length));
}

Value StrIsPrintableMethod(size_t, size_t, const Value* args) {
  Text text = SelfText(args[0]);
  for (size_t at = 0; at < text.length;) {
    if (!IsPrintableChar(NextChar(text, &at))) return Value::False();
  }
  return Value::True();
}

}  // namespace mp::objects
