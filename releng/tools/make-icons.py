#!/usr/bin/env python3
"""Draws the Prozesswerk icon (a process chain on a blue tile) as PNGs without any imaging library.

Run from the repository root: python3 releng/tools/make-icons.py. Output is committed; rerun only to change the design.
"""
import struct, zlib, sys, os

BLUE = (31, 95, 168)
WHITE = (255, 255, 255)
ORANGE = (242, 153, 0)

def shape(x, y):
    """Colour at normalised coordinates (0..1), or None for transparent."""
    r = 0.18  # corner radius of the tile
    cx = min(max(x, r), 1 - r); cy = min(max(y, r), 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return None
    # three activities connected left to right, the last one highlighted
    boxes = [(0.10, 0.38, 0.30, 0.62, WHITE), (0.40, 0.38, 0.60, 0.62, WHITE), (0.70, 0.38, 0.90, 0.62, ORANGE)]
    for x0, y0, x1, y1, col in boxes:
        if x0 <= x <= x1 and y0 <= y <= y1:
            return col
    if 0.47 <= y <= 0.53 and (0.30 <= x <= 0.40 or 0.60 <= x <= 0.70):
        return WHITE
    # a register line above and below: the register the process lives in
    if 0.18 <= y <= 0.24 and 0.10 <= x <= 0.90 or 0.76 <= y <= 0.82 and 0.10 <= x <= 0.62:
        return (180, 205, 235)
    return BLUE

def render(size, ss=4):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    c = shape((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = ss * ss
            a = acc[3] // n
            if a:
                cov = acc[3] / 255
                row += bytes([int(acc[0] / cov), int(acc[1] / cov), int(acc[2] / cov), a])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "bundles/org.prozesswerk.app/icons"
    os.makedirs(out, exist_ok=True)
    for s in (16, 32, 48, 64, 128):
        open(os.path.join(out, f"prozesswerk{s}.png"), "wb").write(render(s))
    open(os.path.join(out, "about.png"), "wb").write(render(160))
