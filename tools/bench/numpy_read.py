#!/usr/bin/env python3
"""Peer measurement for `brrr bench read`: decode every sample of a 16-bit EDF to physical float64 with numpy.

Usage: python3 tools/bench/numpy_read.py FILE [repetitions]
Reads the header itself (plain EDF/EDF+ with equal samples per record is enough for benchmark files made by
`brrr synth`), reads the data records and scales every signal to float64; prints the median wall time and
MB/s of file bytes, the same figure `brrr bench read` prints.
"""
import os
import statistics
import sys
import time

import numpy as np


def decode(path):
    with open(path, "rb") as f:
        head = f.read(256)
        ns = int(head[252:256])
        hdr = f.read(256 * ns)
    base = {"pmin": 104, "pmax": 112, "dmin": 120, "dmax": 128, "spr": 216}
    get = lambda key, i: hdr[base[key] * ns + i * 8: base[key] * ns + (i + 1) * 8].decode("ascii").strip()
    pmin = np.array([float(get("pmin", i)) for i in range(ns)])
    pmax = np.array([float(get("pmax", i)) for i in range(ns)])
    dmin = np.array([float(get("dmin", i)) for i in range(ns)])
    dmax = np.array([float(get("dmax", i)) for i in range(ns)])
    spr = [int(get("spr", i)) for i in range(ns)]
    gain = (pmax - pmin) / (dmax - dmin)
    offset = pmin - dmin * gain
    # memmap, then multiply-add block by block into one preallocated float64 block: the fastest form found
    # here (np.fromfile first copies the file, 0.8 s for 472 MB; astype per block or a whole-file float64
    # array spend their time allocating fresh pages)
    data = np.memmap(path, dtype="<i2", mode="r", offset=256 * (ns + 1))
    rec = sum(spr)
    nrec = data.size // rec
    data = data[: nrec * rec].reshape(nrec, rec)
    labels = [hdr[i * 16: (i + 1) * 16].decode("ascii", "replace").strip() for i in range(ns)]
    starts = np.cumsum([0] + spr[:-1])
    signals = [i for i in range(ns) if labels[i] not in ("EDF Annotations", "BDF Annotations")]
    block = max(1, (1 << 20) // (rec * 2))
    out = {i: np.empty((block, spr[i])) for i in signals}
    total = 0.0
    for r in range(0, nrec, block):
        n = min(block, nrec - r)
        chunk = data[r: r + n]
        for i in signals:
            y = out[i][:n]
            np.multiply(chunk[:, starts[i]: starts[i] + spr[i]], gain[i], out=y)
            y += offset[i]
            total += float(y[0, 0])
    return total


def main():
    path = sys.argv[1]
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    decode(path)  # warm-up: page cache
    runs = []
    for _ in range(reps):
        t0 = time.perf_counter()
        decode(path)
        runs.append(time.perf_counter() - t0)
    med = statistics.median(runs)
    size = os.path.getsize(path)
    print(f"numpy {np.__version__}: {size} bytes, median {med:.3f} s, {size / 1e6 / med:.0f} MB/s, runs {[round(r, 3) for r in runs]}")


if __name__ == "__main__":
    main()
