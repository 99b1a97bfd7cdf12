#!/usr/bin/env python3
"""Draws Facturier's app icons (the same design as web/icon.svg: a blue tile, a white page with a
folded corner and three lines) as 192 and 512 px PNGs, with the standard library only.
Usage: make_icons.py OUTPUT-DIR"""
import struct
import sys
import zlib

BLUE = (47, 79, 158)
PALE = (201, 213, 242)
WHITE = (255, 255, 255)


def pixel(x, y):
    """Colour at (x, y) in the 512-unit design space, or None outside the rounded tile."""
    r = 96
    cx = min(max(x, r), 512 - r)
    cy = min(max(y, r), 512 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return None
    in_page = 120 <= x <= 384 and 96 <= y <= 440
    fold = x >= 312 and y <= 168 and (x - 312) > (y - 96)  # cut corner above the diagonal
    if in_page and not fold:
        if x >= 312 and y <= 168:
            return PALE
        for top, right in ((208, 344), (256, 344), (304, 280)):
            if top <= y <= top + 20 and 168 <= x <= right:
                return BLUE
        if 352 <= y <= 400 and 200 <= x <= 312 and (x + y) % 40 < 20:
            return PALE
        return WHITE
    return BLUE


def png(size):
    rows = []
    scale = 512.0 / size
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            # 2×2 supersampling for smooth edges
            acc = [0, 0, 0, 0]
            for sx, sy in ((0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)):
                c = pixel((px + sx) * scale, (py + sy) * scale)
                if c is not None:
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = 4
            row += bytes((acc[0] // n if acc[3] else 0, acc[1] // n if acc[3] else 0, acc[2] // n if acc[3] else 0, acc[3] // n))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = sys.argv[1]
    for size in (192, 512):
        with open(f"{out}/icon-{size}.png", "wb") as f:
            f.write(png(size))
