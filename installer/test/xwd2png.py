#!/usr/bin/env python3
"""Converts Xvfb's -fbdir screen file (XWD, 24/32-bit TrueColor ZPixmap) to PNG with the standard library
only, so the installer check needs no ImageMagick. Usage: xwd2png.py Xvfb_screen0 out.png [x y w h]"""
import struct
import sys
import zlib


def read_xwd(path):
    data = open(path, 'rb').read()
    header_size, = struct.unpack('>I', data[:4])
    fields = struct.unpack('>25I', data[:100])
    (_, version, pixmap_format, depth, width, height, _, byte_order, _, _, _, bits_per_pixel, bytes_per_line,
     _, red_mask, green_mask, blue_mask, _, ncolors, _, _, _, _, _, _) = fields
    if version != 7 or pixmap_format != 2 or bits_per_pixel not in (24, 32):
        sys.exit(f"{path}: not a 24/32-bit ZPixmap XWD (version {version}, format {pixmap_format}, {bits_per_pixel} bpp)")
    offset = header_size + ncolors * 12
    step = bits_per_pixel // 8
    order = '<' if byte_order == 0 else '>'

    def shift(mask):
        return (mask & -mask).bit_length() - 1

    rs, gs, bs = shift(red_mask), shift(green_mask), shift(blue_mask)
    rows = []
    for y in range(height):
        line = data[offset + y * bytes_per_line: offset + y * bytes_per_line + width * step]
        out = bytearray(width * 3)
        for x in range(width):
            px = line[x * step:(x + 1) * step]
            v = int.from_bytes(px, 'little' if order == '<' else 'big')
            out[3 * x] = (v & red_mask) >> rs
            out[3 * x + 1] = (v & green_mask) >> gs
            out[3 * x + 2] = (v & blue_mask) >> bs
        rows.append(bytes(out))
    return width, height, rows


def write_png(path, width, height, rows):
    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
    raw = b''.join(b'\x00' + r for r in rows)
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
    png += chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(png)


if __name__ == '__main__':
    w, h, rows = read_xwd(sys.argv[1])
    if len(sys.argv) == 7:
        x, y, cw, ch = (int(v) for v in sys.argv[3:7])
        rows = [r[3 * x:3 * (x + cw)] for r in rows[y:y + ch]]
        w, h = cw, ch
    write_png(sys.argv[2], w, h, rows)
