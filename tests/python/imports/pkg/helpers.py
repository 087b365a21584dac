def double(x):
    return 2 * x


_private = "hidden"
public = "shown"
