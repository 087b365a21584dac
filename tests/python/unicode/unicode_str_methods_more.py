# Checks center/expandtabs/splitlines/partition/strip with non-ASCII characters and separators.
s = "α\tβγ\nδ\u2028ε\r\nζ"
print(s.expandtabs(4), s.splitlines(), s.splitlines(True))
print("€€a€€".strip("€"), "€€a€€".lstrip("€"), "€€a€€".rstrip("€"), "éaé".strip("é"))
print("a→b→c".partition("→"), "a→b→c".rpartition("→"), "a→b→c".split("→", 1), "a→b→c".rsplit("→", 1))
print("ünïcödé".isalpha(), "١٢٣".isdigit(), "Ⅻ".isdigit(), "ab١".isalnum())
print("aéb".index("b"), "aé".encode().index(b"\xa9"), "ñ" * 3, 3 * "日", "é" * 0 == "")
print("ÄÖÜ".lower().upper() == "ÄÖÜ", "é".join(["a", "b"]).split("é"), "x€y".removeprefix("x€"), "x€y".removesuffix("€y"))
