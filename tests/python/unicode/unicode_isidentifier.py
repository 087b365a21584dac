# Checks str.isidentifier() on ASCII and non-ASCII names: letters of many scripts, digits,
# combining marks, connector punctuation and letter numbers, and what may not start a name.
names = ["x", "_", "_1", "x1", "1x", "", "a b", "a-b", "if", "None", "déjà", "名前", "Σίσυφος", "переменная",
         "x\u0301", "\u0301x", "a\u203fb", "\u203fa", "Ⅻ", "xⅫ", "x٣", "٣x", "ｘ", "x·y", "·x", "a$", "ℕ", "℘x",
         "ͺ", "aͺ", "ﾞ", "aﾞ", "x\u200d", "ǅa", "〇", "a〇", "x²", "ⓐ"]
for name in names:
    print(repr(name), name.isidentifier())
print("abc".isidentifier(), "Abc_123".isidentifier(), "class".isidentifier(), "変数_1".isidentifier())
