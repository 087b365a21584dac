"""Pads the RP2040's boot2 code to 252 bytes and appends the CRC-32 the boot ROM checks.

The boot ROM reads the first 256 bytes of flash and runs them only if the CRC-32 of the first
252 equals the little-endian word in the last 4. Its CRC-32 is the variant also called
CRC-32/MPEG-2: polynomial 0x04C11DB7, initial value 0xFFFFFFFF, bits taken most significant
first (no reflection of input or output), no final XOR.

    boot2_checksum.py boot2.bin boot2_image.S

The output is an assembly file that puts the 256 bytes in section .boot2, which the linker
script (rp2040.ld) places at the start of flash.
"""

import struct
import sys

POLYNOMIAL = 0x04C11DB7
CODE_BYTES = 252
IMAGE_BYTES = CODE_BYTES + 4


def crc32_mpeg2(data):
    """CRC-32/MPEG-2 of `data` (bytes), computed bit by bit, most significant bit first."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            if crc & 0x80000000:
                crc = ((crc << 1) ^ POLYNOMIAL) & 0xFFFFFFFF
            else:
                crc = (crc << 1) & 0xFFFFFFFF
    return crc


def boot2_image(code):
    """The 256 bytes of flash for `code`: padded with zeros, then the CRC (little-endian)."""
    if len(code) > CODE_BYTES:
        raise ValueError("boot2 is %d bytes; at most %d fit before the CRC" %
                         (len(code), CODE_BYTES))
    padded = code.ljust(CODE_BYTES, b"\0")
    return padded + struct.pack("<I", crc32_mpeg2(padded))


def assembly(image):
    """An assembly file that places `image` in section .boot2."""
    lines = [
        "/* Written by platforms/rp2040/boot2_checksum.py: boot2 and its CRC-32. */",
        '  .section .boot2, "ax"',
        "  .global Boot2Image",
        "Boot2Image:",
    ]
    for offset in range(0, len(image), 16):
        row = image[offset:offset + 16]
        lines.append("  .byte " + ", ".join("0x%02x" % b for b in row))
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: boot2_checksum.py boot2.bin boot2_image.S")
    with open(argv[1], "rb") as f:
        code = f.read()
    try:
        image = boot2_image(code)
    except ValueError as error:
        sys.exit("boot2_checksum: %s" % error)
    with open(argv[2], "w") as f:
        f.write(assembly(image))


if __name__ == "__main__":
    main(sys.argv)
