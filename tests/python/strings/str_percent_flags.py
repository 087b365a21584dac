# % flags (- + space # 0), widths and precisions, given inline or by *.
for fmt in ["%5d|", "%-5d|", "%05d|", "%+d|", "% d|", "%+05d|", "%-+5d|", "% 5d|", "%.3d|", "%5.3d|", "%-6.3d|", "%06.3d|", "%+.2d|"]:
    print(fmt, fmt % 7, fmt % -7, fmt % 0)
for fmt in ["%x|", "%#x|", "%#X|", "%#o|", "%#5x|", "%#05x|", "%-#6o|", "%#.3x|", "%+x|", "% o|"]:
    print(fmt, fmt % 255, fmt % -255, fmt % 0)
for fmt in ["%5s|", "%-5s|", "%.2s|", "%5.1s|", "%05s|", "%+s|", "% s|", "%#s|"]:
    print(fmt, fmt % "abc", fmt % "é日")
for fmt in ["%8.3f|", "%-8.2e|", "%08.2f|", "%+.1f|", "% .0f|", "%#.0f|", "%.0e|", "%#g|", "%10.4g|", "%-10G|"]:
    print(fmt, fmt % 3, fmt % -12345)
print("%*d|" % (5, 1), "%-*d|" % (5, 1), "%*d|" % (-5, 1), "%.*s|" % (2, "abc"), "%*.*s|" % (6, 2, "abcdef"))
print("%*s|%*s|" % (3, "a", -3, "b"), "%.*d|" % (4, 5), "%.*f" % (1, 2), "%*c|" % (3, "x"))
print("%5c|%-5c|%05c|" % ("x", "y", "z"), "%ld %hd %Li" % (1, 2, 3))
