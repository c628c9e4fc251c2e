#!/usr/bin/env python3
"""Draws the Teams app icons (standard library only): color.png 192x192, a white speech bubble with a
check mark on the accent colour, and outline.png 32x32, the same bubble as a white outline on a
transparent background, as the Teams manifest asks. The PNGs are checked in; rerun after a change."""
import math
import os
import struct
import zlib

ACCENT = (0x1F, 0x5F, 0x8B)  # keep in step with accentColor in manifest.json
WHITE = (255, 255, 255)
SAMPLES = 4  # supersampling per axis, for smooth edges


def rounded_rect(x, y, x0, y0, x1, y1, r):
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    qx = abs(x - cx) - ((x1 - x0) / 2 - r)
    qy = abs(y - cy) - ((y1 - y0) / 2 - r)
    return math.hypot(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0) - r


def segment(x, y, ax, ay, bx, by):
    px, py, dx, dy = x - ax, y - ay, bx - ax, by - ay
    h = max(0.0, min(1.0, (px * dx + py * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - dx * h, py - dy * h)


def triangle(x, y, pts):
    d = min(segment(x, y, *pts[i], *pts[(i + 1) % 3]) for i in range(3))
    signs = []
    for i in range(3):
        (ax, ay), (bx, by) = pts[i], pts[(i + 1) % 3]
        signs.append((bx - ax) * (y - ay) - (by - ay) * (x - ax) > 0)
    inside = all(signs) or not any(signs)
    return -d if inside else d


TAIL = [(0.28, 0.64), (0.48, 0.64), (0.22, 0.86)]
CHECK = [(0.35, 0.43), (0.46, 0.54), (0.66, 0.33)]


def bubble(x, y):
    return min(rounded_rect(x, y, 0.14, 0.16, 0.86, 0.70, 0.13), triangle(x, y, TAIL))


def check(x, y):
    return min(segment(x, y, *CHECK[0], *CHECK[1]), segment(x, y, *CHECK[1], *CHECK[2]))


def color_pixel(x, y):
    if check(x, y) < 0.045 and bubble(x, y) < 0:
        return ACCENT + (255,)
    if bubble(x, y) < 0:
        return WHITE + (255,)
    return ACCENT + (255,)


def outline_pixel(stroke):
    def pixel(x, y):
        if abs(bubble(x, y)) < stroke / 2 or check(x, y) < stroke / 2:
            return WHITE + (255,)
        return WHITE + (0,)
    return pixel


def render(size, pixel):
    rows = []
    for j in range(size):
        row = bytearray([0])  # filter type 0
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(SAMPLES):
                for si in range(SAMPLES):
                    p = pixel((i + (si + 0.5) / SAMPLES) / size, (j + (sj + 0.5) / SAMPLES) / size)
                    for k in range(4):
                        acc[k] += p[k]
            row += bytes(round(v / SAMPLES ** 2) for v in acc)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "color.png"), "wb") as f:
        f.write(png(192, render(192, color_pixel)))
    with open(os.path.join(here, "outline.png"), "wb") as f:
        f.write(png(32, render(32, outline_pixel(2 / 32))))


if __name__ == "__main__":
    main()
