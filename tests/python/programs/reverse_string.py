# Program: reversing strings and lists with loops, palindromes, and word reversal without str methods.
def reverse(s):
    r = ""
    for c in s:
        r = c + r
    return r
def reverse_by_index(s):
    r = ""
    i = len(s) - 1
    while i >= 0:
        r += s[i]
        i -= 1
    return r
for s in ("", "a", "ab", "hello", "héllo wörld", "racecar", "😀ab中"):
    print(repr(s), repr(reverse(s)), reverse(s) == reverse_by_index(s), reverse(s) == s)
def reverse_list(lst):
    i = 0
    j = len(lst) - 1
    while i < j:
        lst[i], lst[j] = lst[j], lst[i]
        i += 1
        j -= 1
    return lst
print(reverse_list([1, 2, 3, 4, 5]), reverse_list([]), reverse_list(["x", "y"]))
def split_words(s):
    words = []
    cur = ""
    for c in s:
        if c == " ":
            if cur != "":
                words.append(cur)
            cur = ""
        else:
            cur += c
    if cur != "":
        words.append(cur)
    return words
def join_words(words, sep):
    out = ""
    for i in range(len(words)):
        if i > 0:
            out += sep
        out += words[i]
    return out
sentence = "the  quick brown fox   jumps"
w = split_words(sentence)
print(w)
print(join_words(reverse_list(w), " "))
def is_palindrome(s):
    letters = ""
    for c in s:
        if c != " " and c != "," and c != "!":
            letters += c
    return letters == reverse(letters)
for s in ("never odd or even", "hello", "a man a plan a canal panama", "step on no pets!"):
    print(s, is_palindrome(s))
