#!/usr/bin/env python3
"""Draws the site's icon (a white bridge on the two flags' blue and red) as favicon.svg and favicon.ico.

Standard library only. Run from the repository root: python3 tools/favicon/favicon.py
"""
import math
import struct
import zlib
from pathlib import Path

OUT = Path("src/main/resources/META-INF/resources")
BLUE, RED, WHITE = (0x00, 0xA3, 0xDD), (0xDE, 0x29, 0x10), (0xFF, 0xFF, 0xFF)
# In a 32-unit square: the arch is a quadratic curve over the deck line; both are strokes 3 units wide.
ARCH = ((5.0, 22.0), (16.0, 6.0), (27.0, 22.0))
DECK = ((4.0, 22.0), (28.0, 22.0))
STROKE, RADIUS = 3.0, 7.0

SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<defs><linearGradient id="flags" x1="0" x2="1"><stop offset="0" stop-color="#00a3dd"/><stop offset="1" stop-color="#de2910"/></linearGradient></defs>
<rect width="32" height="32" rx="{RADIUS:g}" fill="url(#flags)"/>
<path d="M{ARCH[0][0]:g} {ARCH[0][1]:g} Q{ARCH[1][0]:g} {ARCH[1][1]:g} {ARCH[2][0]:g} {ARCH[2][1]:g}" fill="none" stroke="#fff" stroke-width="{STROKE:g}" stroke-linecap="round"/>
<path d="M{DECK[0][0]:g} {DECK[0][1]:g} H{DECK[1][0]:g}" stroke="#fff" stroke-width="{STROKE:g}" stroke-linecap="round"/>
</svg>
"""

CURVE = [((1 - t) ** 2 * ARCH[0][0] + 2 * (1 - t) * t * ARCH[1][0] + t * t * ARCH[2][0],
          (1 - t) ** 2 * ARCH[0][1] + 2 * (1 - t) * t * ARCH[1][1] + t * t * ARCH[2][1])
         for t in (i / 200 for i in range(201))]


def on_stroke(x, y):
    if DECK[0][0] <= x <= DECK[1][0] and abs(y - DECK[0][1]) <= STROKE / 2:
        return True
    if min(math.hypot(x - DECK[0][0], y - DECK[0][1]), math.hypot(x - DECK[1][0], y - DECK[1][1])) <= STROKE / 2:
        return True
    return any(math.hypot(x - cx, y - cy) <= STROKE / 2 for cx, cy in CURVE)


def in_square(x, y):
    dx = max(RADIUS - x, 0, x - (32 - RADIUS))
    dy = max(RADIUS - y, 0, y - (32 - RADIUS))
    return math.hypot(dx, dy) <= RADIUS


def pixels(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            r = g = b = a = 0.0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) * 32 / size
                    y = (py + (sy + 0.5) / samples) * 32 / size
                    if not in_square(x, y):
                        continue
                    colour = WHITE if on_stroke(x, y) else tuple(
                        round(c1 + (c2 - c1) * x / 32) for c1, c2 in zip(BLUE, RED))
                    r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
            n = samples * samples
            row += bytes((round(r / a), round(g / a), round(b / a), round(255 * a / n)) if a else (0, 0, 0, 0))
        rows.append(bytes(row))
    return rows


def png(size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\0" + row for row in pixels(size))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ico(sizes):
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return header + entries + b"".join(images)


if __name__ == "__main__":
    (OUT / "favicon.svg").write_text(SVG, encoding="utf-8")
    (OUT / "favicon.ico").write_bytes(ico([16, 32, 48]))
