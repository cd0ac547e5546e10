#!/usr/bin/env python3
"""Independent reference for analysis.dsp tests (numpy only; SciPy is not available here).

Designs Butterworth filters the textbook way -- zeros/poles/gain, bilinear transform with the gain
carried as prod(2fs - z)/prod(2fs - p), expanded to ONE transfer polynomial b/a -- which is a different
route from the Java code (closed-form per-section numerators, each section normalised at a reference
frequency). Also runs a forward-backward filter of that direct-form b/a with odd padding and an initial
state solved as a linear system (SciPy's lfilter_zi formulation), sample by sample in plain Python.

Run:  python3 tools/dsp/butterworth_reference.py > analysis/src/test/resources/dsp/butterworth_reference.json
"""
import json
import math
import numpy as np


def prototype(n):
    return [np.exp(1j * math.pi * (2 * k + n + 1) / (2 * n)) for k in range(n)]


def butter(n, edges, btype, fs):
    warped = [2 * fs * math.tan(math.pi * f / fs) for f in edges]
    p = np.array(prototype(n))
    z = np.array([], dtype=complex)
    k = 1.0
    if btype == 'low':
        wc = warped[0]
        p = p * wc
        k = wc ** n
    elif btype == 'high':
        wc = warped[0]
        k = np.real(1 / np.prod(-p))
        p = wc / p
        z = np.zeros(n, dtype=complex)
    elif btype == 'bandpass':
        w1, w2 = warped
        bw, w0 = w2 - w1, math.sqrt(w1 * w2)
        half = p * bw / 2
        root = np.sqrt(half ** 2 - w0 ** 2)
        p = np.concatenate([half + root, half - root])
        z = np.zeros(n, dtype=complex)
        k = bw ** n
    elif btype == 'bandstop':
        w1, w2 = warped
        bw, w0 = w2 - w1, math.sqrt(w1 * w2)
        k = np.real(1 / np.prod(-p))
        half = (bw / 2) / p
        root = np.sqrt(half ** 2 - w0 ** 2)
        p = np.concatenate([half + root, half - root])
        z = np.concatenate([1j * w0 * np.ones(n), -1j * w0 * np.ones(n)])
    # bilinear transform of zeros, poles and gain
    fs2 = 2 * fs
    zd = (fs2 + z) / (fs2 - z)
    pd = (fs2 + p) / (fs2 - p)
    zd = np.concatenate([zd, -np.ones(len(pd) - len(zd))])
    kd = k * np.real(np.prod(fs2 - z) / np.prod(fs2 - p))
    b = kd * np.real(np.poly(zd))
    a = np.real(np.poly(pd))
    return b, a


def lfilter(b, a, x, zi):
    """Direct form II transposed, one polynomial, pure Python loop."""
    n = len(a)
    z = list(zi) + [0.0]
    y = []
    for xi in x:
        yi = b[0] * xi + z[0]
        for i in range(1, n):
            z[i - 1] = b[i] * xi + z[i] - a[i] * yi
        y.append(yi)
    return np.array(y)


def lfilter_zi(b, a):
    n = len(a)
    # companion matrix formulation: zi = (I - A)^-1 B
    IminusA = np.eye(n - 1) - np.vstack([-a[1:], np.eye(n - 2, n - 1)]).T
    B = b[1:] - a[1:] * b[0]
    return np.linalg.solve(IminusA, B)


def filtfilt(b, a, x, padlen):
    ext = np.concatenate([2 * x[0] - x[padlen:0:-1], x, 2 * x[-1] - x[-2:-padlen - 2:-1]])
    zi = lfilter_zi(b, a)
    y = lfilter(b, a, ext, zi * ext[0])
    y = lfilter(b, a, y[::-1], zi * y[-1])[::-1]
    return y[padlen:-padlen]


def main():
    fs = 100.0
    t = np.arange(300)
    x = np.sin(2 * math.pi * 3 * t / fs) + 0.5 * np.sin(2 * math.pi * 30 * t / fs) + 0.01 * t + 2.0
    cases = [
        ('low', 4, [10.0]), ('high', 4, [1.0]), ('low', 3, [20.0]), ('high', 5, [0.5]),
        ('bandpass', 2, [8.0, 12.0]), ('bandpass', 3, [0.5, 30.0]), ('bandstop', 2, [45.0, 49.0]),
    ]
    out = {'fs': fs, 'signal': 'sin(2 pi 3 t/fs) + 0.5 sin(2 pi 30 t/fs) + 0.01 t + 2, t = 0..299', 'cases': []}
    for btype, n, edges in cases:
        b, a = butter(n, edges, btype, fs)
        sections = n if btype in ('bandpass', 'bandstop') else (n + 1) // 2
        padlen = 3 * (2 * sections + 1)
        y = filtfilt(b, a, x, padlen)
        out['cases'].append({'type': btype, 'order': n, 'edges_hz': edges, 'b': b.tolist(), 'a': a.tolist(),
                             'filtfilt_padlen': padlen, 'filtfilt': y.tolist()})
    print(json.dumps(out, indent=1))


if __name__ == '__main__':
    main()
