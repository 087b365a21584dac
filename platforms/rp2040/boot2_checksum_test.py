"""Checks the boot2 CRC against the published check value of CRC-32/MPEG-2 and its properties."""

import struct
import unittest

import boot2_checksum


class Crc32Mpeg2Test(unittest.TestCase):

    def test_check_value(self):
        # The catalogue's check value: the CRC of the ASCII digits "123456789".
        self.assertEqual(boot2_checksum.crc32_mpeg2(b"123456789"), 0x0376E6E7)

    def test_empty_input_leaves_the_initial_value(self):
        self.assertEqual(boot2_checksum.crc32_mpeg2(b""), 0xFFFFFFFF)

    def test_message_followed_by_its_crc_leaves_no_remainder(self):
        # With no reflection and no final XOR, appending the CRC most significant byte first
        # gives a message whose CRC is zero.
        for message in [b"\x00", b"boot2", bytes(range(252))]:
            crc = boot2_checksum.crc32_mpeg2(message)
            self.assertEqual(boot2_checksum.crc32_mpeg2(message + struct.pack(">I", crc)), 0)

    def test_single_bit_changes_the_crc(self):
        base = bytes(252)
        crcs = {boot2_checksum.crc32_mpeg2(base)}
        for bit in range(0, 252 * 8, 97):
            flipped = bytearray(base)
            flipped[bit // 8] ^= 0x80 >> (bit % 8)
            crcs.add(boot2_checksum.crc32_mpeg2(bytes(flipped)))
        self.assertEqual(len(crcs), 1 + len(range(0, 252 * 8, 97)))


class Boot2ImageTest(unittest.TestCase):

    def test_pads_to_252_bytes_and_appends_the_crc_little_endian(self):
        image = boot2_checksum.boot2_image(b"\x01\x02\x03")
        self.assertEqual(len(image), 256)
        self.assertEqual(image[:3], b"\x01\x02\x03")
        self.assertEqual(image[3:252], bytes(249))
        self.assertEqual(struct.unpack("<I", image[252:])[0],
                         boot2_checksum.crc32_mpeg2(image[:252]))

    def test_rejects_code_that_leaves_no_room_for_the_crc(self):
        boot2_checksum.boot2_image(bytes(252))
        with self.assertRaises(ValueError):
            boot2_checksum.boot2_image(bytes(253))

    def test_assembly_holds_the_image_bytes_in_section_boot2(self):
        image = boot2_checksum.boot2_image(b"\xaa\x55")
        text = boot2_checksum.assembly(image)
        self.assertIn('.section .boot2, "ax"', text)
        values = []
        for line in text.splitlines():
            if line.strip().startswith(".byte"):
                values += [int(v, 16) for v in line.split(".byte")[1].split(",")]
        self.assertEqual(bytes(values), image)


if __name__ == "__main__":
    unittest.main()
