"""Checks the UF2 writer against the format's layout: each 512-byte block names its address,
its number and the block count, and carries 256 bytes of the image."""

import struct
import unittest

import bin_to_uf2


class Uf2Test(unittest.TestCase):

    def test_blocks_cover_the_image_in_order(self):
        image = bytes(range(256)) * 2 + b"tail"
        uf2 = bin_to_uf2.uf2_blocks(image, 0x10000000, 0xE48BFF56)
        self.assertEqual(len(uf2), 3 * 512)
        payload = b""
        for number in range(3):
            block = uf2[number * 512:(number + 1) * 512]
            (start0, start1, flags, address, size, block_number, count,
             family) = struct.unpack("<IIIIIIII", block[:32])
            self.assertEqual((start0, start1), (0x0A324655, 0x9E5D5157))
            self.assertEqual(struct.unpack("<I", block[-4:])[0], 0x0AB16F30)
            self.assertEqual(flags, 0x2000)
            self.assertEqual(address, 0x10000000 + 256 * number)
            self.assertEqual((size, block_number, count), (256, number, 3))
            self.assertEqual(family, 0xE48BFF56)
            payload += block[32:32 + size]
        # The last block is padded with zeros past the image's end.
        self.assertEqual(payload, image + bytes(256 - 4))


if __name__ == "__main__":
    unittest.main()
