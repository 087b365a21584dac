"""Checks the RP2040 firmware's UF2: boot2 with a valid CRC at 0x10000000, then the vectors.

    image_test.py <files of //platforms:rp2040>   (the .uf2 among them is checked)
"""

import struct
import sys
import unittest

import boot2_checksum

UF2_MAGIC = (0x0A324655, 0x9E5D5157)
UF2_MAGIC_END = 0x0AB16F30
UF2_FAMILY_RP2040 = 0xE48BFF56
UF2_FLAG_FAMILY_ID = 0x00002000
FLASH_START = 0x10000000
FLASH_BYTES = 2 * 1024 * 1024
RAM_START = 0x20000000
RAM_END = RAM_START + 264 * 1024

UF2_PATH = None


def read_uf2(path):
    """The UF2's blocks as (address, payload), checking each block's framing."""
    with open(path, "rb") as f:
        data = f.read()
    if not data or len(data) % 512:
        raise AssertionError("a UF2 is a whole number of 512-byte blocks; got %d bytes" % len(data))
    blocks = []
    count = len(data) // 512
    for number in range(count):
        block = data[number * 512:(number + 1) * 512]
        magic0, magic1, flags, address, size, index, total, family = struct.unpack(
            "<8I", block[:32])
        if (magic0, magic1) != UF2_MAGIC or struct.unpack("<I", block[508:])[0] != UF2_MAGIC_END:
            raise AssertionError("block %d: bad magic" % number)
        if not flags & UF2_FLAG_FAMILY_ID or family != UF2_FAMILY_RP2040:
            raise AssertionError("block %d: not for the RP2040 family" % number)
        if (index, total) != (number, count) or size != 256:
            raise AssertionError("block %d: numbered %d of %d, %d bytes" %
                                 (number, index, total, size))
        blocks.append((address, block[32:32 + size]))
    return blocks


class ImageTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.blocks = read_uf2(UF2_PATH)
        cls.image = b"".join(payload for _, payload in cls.blocks)

    def test_blocks_cover_the_flash_from_its_start_without_gaps(self):
        for number, (address, _) in enumerate(self.blocks):
            self.assertEqual(address, FLASH_START + 256 * number)
        self.assertLessEqual(len(self.image), FLASH_BYTES)

    def test_boot2_carries_the_crc_the_boot_rom_checks(self):
        boot2 = self.image[:256]
        stored = struct.unpack("<I", boot2[252:])[0]
        self.assertEqual(stored, boot2_checksum.crc32_mpeg2(boot2[:252]))
        # Not an empty boot2 that happens to check out: it has code.
        self.assertNotEqual(boot2[:252], bytes(252))

    def test_vector_table_follows_boot2(self):
        stack_top, reset = struct.unpack("<2I", self.image[256:264])
        self.assertTrue(RAM_START < stack_top <= RAM_END, hex(stack_top))
        self.assertEqual(stack_top % 8, 0)
        self.assertEqual(reset & 1, 1, "the reset handler must be Thumb code")
        self.assertTrue(FLASH_START + 256 < reset < FLASH_START + len(self.image), hex(reset))


if __name__ == "__main__":
    paths = [arg for arg in sys.argv[1:] if arg.endswith(".uf2")]
    if len(paths) != 1:
        sys.exit("image_test: expected one .uf2 among the arguments: %s" % sys.argv[1:])
    UF2_PATH = paths[0]
    unittest.main(argv=sys.argv[:1])
