"""Draws the PWA icons (PNG) without any image library: a blue tile, a white chevron, a gold bar.
Run once when the design changes: python3 scripts/make-icons.py"""
import struct
import zlib

def png(size, maskable=False):
    blue, white, gold = (0x1D, 0x4E, 0x89), (0xFF, 0xFF, 0xFF), (0xF2, 0xB7, 0x05)
    pad = size * (0.2 if maskable else 0.0)
    inner = size - 2 * pad
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            u, v = (x - pad) / inner, (y - pad) / inner
            colour = blue
            if 0.19 <= u <= 0.28 and 0.25 <= v <= 0.75:
                colour = gold
            elif u >= 0.34 and 0.25 <= v <= 0.75 and (u - 0.34) <= 0.38 * (1 - abs(v - 0.5) / 0.25):
                colour = white
            row += bytes(colour)
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

for size in (192, 512):
    open(f'public/icons/icon-{size}.png', 'wb').write(png(size))
open('public/icons/maskable-512.png', 'wb').write(png(512, maskable=True))
