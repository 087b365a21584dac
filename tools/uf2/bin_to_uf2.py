"""Writes a flash image as a UF2 file, the format a board's USB mass-storage boot loader takes.

UF2 (https://github.com/microsoft/uf2, the format's public specification) cuts the image into
512-byte blocks, each carrying 256 bytes of payload and the flash address it goes to, so that a
file copied onto the board's drive programs the flash whatever order the host writes sectors in.

    bin_to_uf2.py --base 0x10000000 --family 0xe48bff56 image.bin image.uf2
"""

import argparse
import struct
import sys

MAGIC_START0 = 0x0A324655  # "UF2\n"
MAGIC_START1 = 0x9E5D5157
MAGIC_END = 0x0AB16F30
FLAG_FAMILY_ID_PRESENT = 0x00002000
PAYLOAD_BYTES = 256
BLOCK_BYTES = 512
# Magic words and header fields take 32 bytes at the front and 4 at the end.
DATA_FIELD_BYTES = BLOCK_BYTES - 32 - 4


def uf2_blocks(image, base_address, family_id):
    """The UF2 file's bytes for `image`, to be written at `base_address`."""
    count = (len(image) + PAYLOAD_BYTES - 1) // PAYLOAD_BYTES
    blocks = []
    for number in range(count):
        payload = image[number * PAYLOAD_BYTES:(number + 1) * PAYLOAD_BYTES]
        header = struct.pack(
            "<IIIIIIII",
            MAGIC_START0,
            MAGIC_START1,
            FLAG_FAMILY_ID_PRESENT,
            base_address + number * PAYLOAD_BYTES,
            PAYLOAD_BYTES,
            number,
            count,
            family_id,
        )
        data = payload.ljust(DATA_FIELD_BYTES, b"\0")
        blocks.append(header + data + struct.pack("<I", MAGIC_END))
    return b"".join(blocks)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, type=lambda text: int(text, 0),
                        help="the flash address of the image's first byte")
    parser.add_argument("--family", required=True, type=lambda text: int(text, 0),
                        help="the UF2 family id of the chip (0xe48bff56 for RP2040)")
    parser.add_argument("image")
    parser.add_argument("output")
    args = parser.parse_args()
    with open(args.image, "rb") as f:
        image = f.read()
    if not image:
        sys.exit("bin_to_uf2: %s is empty" % args.image)
    with open(args.output, "wb") as f:
        f.write(uf2_blocks(image, args.base, args.family))


if __name__ == "__main__":
    main()
