"""A binary rebuilt with AddressSanitizer and UndefinedBehaviorSanitizer, for tests."""

load("//tests/conformance:configured_binary.bzl", "configured_binary")

def sanitized_binary(name, binary, **kwargs):
    """`binary`, built with ASan and UBSan; any report makes it exit non-zero.

    Args:
      name: the binary's name.
      binary: the cc_binary to rebuild.
      **kwargs: passed to configured_binary (`float`, `visibility`, ...).
    """
    configured_binary(name = name, binary = binary, sanitize = True, **kwargs)
