#!/usr/bin/env python3
"""Reads a QR code drawn with half blocks (▀ ▄ █ and spaces) from a file of terminal text and
prints what it encodes. Drawn cells are the terminal's light text on its dark background, as
`agora serve` draws them. Needs zxing-cpp and Pillow (PyPI)."""
import sys
from PIL import Image
import zxingcpp

SCALE = 6
lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip("\n")]
width = max(len(l) for l in lines)
image = Image.new("L", (width * SCALE, len(lines) * 2 * SCALE), 0)
for row, line in enumerate(lines):
    for col, ch in enumerate(line.ljust(width)):
        top = ch in "█▀"
        bottom = ch in "█▄"
        for half, lit in ((0, top), (1, bottom)):
            if lit:
                y0 = (row * 2 + half) * SCALE
                for y in range(y0, y0 + SCALE):
                    for x in range(col * SCALE, (col + 1) * SCALE):
                        image.putpixel((x, y), 255)
results = zxingcpp.read_barcodes(image)
if not results:
    sys.exit("no QR code found")
print(results[0].text)
