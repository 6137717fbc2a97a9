#!/usr/bin/env python3
"""Draws the ocpi-console application icon (a white charging bolt on a green rounded square).

No external assets or imaging libraries: the shapes are rasterised here with 4x4 supersampling and
written as RGBA PNGs with zlib/struct. Run from this folder to regenerate the committed PNGs.
"""
import struct
import zlib

BACKGROUND = (0x1B, 0x8A, 0x5A)
BOLT = (0xFF, 0xFF, 0xFF)
# Bolt outline in unit coordinates (0..1), clockwise.
BOLT_POLYGON = [(0.58, 0.12), (0.26, 0.56), (0.47, 0.56), (0.40, 0.88), (0.74, 0.42), (0.53, 0.42), (0.62, 0.12)]


def inside_rounded_square(x, y, margin=0.04, radius=0.2):
    lo, hi = margin, 1.0 - margin
    if x < lo or x > hi or y < lo or y > hi:
        return False
    cx = min(max(x, lo + radius), hi - radius)
    cy = min(max(y, lo + radius), hi - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def inside_polygon(x, y, polygon):
    inside = False
    n = len(polygon)
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def render(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter type: none
        for px in range(size):
            bg = bolt = 0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    if inside_rounded_square(x, y):
                        if inside_polygon(x, y, BOLT_POLYGON):
                            bolt += 1
                        else:
                            bg += 1
            total = samples * samples
            covered = bg + bolt
            if covered == 0:
                row += bytes(4)
                continue
            colour = [round((BACKGROUND[i] * bg + BOLT[i] * bolt) / covered) for i in range(3)]
            row += bytes(colour + [round(255 * covered / total)])
        rows.append(bytes(row))
    return b"".join(rows)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def write_png(path, size):
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(render(size), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    for size in (64, 256):
        write_png(f"ocpi-console-{size}.png", size)
