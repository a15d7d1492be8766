"""Computes FSRS-5 reference vectors for FsrsTests from the published formulas.

Written from open-spaced-repetition's "The Algorithm" (FSRS-5): independent of the C# code,
so the tests compare two implementations. Run: python3 fsrs_reference.py > fsrs-vectors.json
"""
import json
from math import exp

W = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
     1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621]
DECAY = -0.5
FACTOR = 0.9 ** (1 / DECAY) - 1


def clamp_d(d):
    return max(1.0, min(10.0, d))


def d0(g):
    return W[4] - exp(W[5] * (g - 1)) + 1


def next_d(d, g):
    delta = -W[6] * (g - 3)
    damped = d + delta * (10 - d) / 9
    return clamp_d(W[7] * d0(4) + (1 - W[7]) * damped)


def retrievability(t, s):
    return (1 + FACTOR * t / s) ** DECAY


def short_term(s, g):
    return s * exp(W[17] * (g - 3 + W[18]))


def forget(s, d, r):
    long_term = W[11] * d ** -W[12] * ((s + 1) ** W[13] - 1) * exp((1 - r) * W[14])
    return min(long_term, short_term(s, 1))


def recall(s, d, r, g):
    bonus = (W[15] if g == 2 else 1) * (W[16] if g == 4 else 1)
    return s * (1 + exp(W[8]) * (11 - d) * s ** -W[9] * (exp((1 - r) * W[10]) - 1) * bonus)


def review(s, d, elapsed, g):
    if s is None:
        return W[g - 1], clamp_d(d0(g))
    if elapsed < 1:
        return short_term(s, g), next_d(d, g)
    r = retrievability(elapsed, s)
    return (forget(s, d, r) if g == 1 else recall(s, d, r, g)), next_d(d, g)


def interval(s, retention):
    # Half away from zero, as the C# scheduler rounds (Python's round() would go to even).
    return max(1, int(s / FACTOR * (retention ** (1 / DECAY) - 1) + 0.5))


SEQUENCES = {
    "first-answer-again": [(1, 0)],
    "first-answer-hard": [(2, 0)],
    "first-answer-good": [(3, 0)],
    "first-answer-easy": [(4, 0)],
    "good-every-time": [(3, 0), (3, 0), (3, 3), (3, 8), (3, 21), (3, 55)],
    "lapse-then-recover": [(3, 0), (3, 1), (3, 4), (1, 10), (3, 0), (3, 1), (3, 3)],
    "again-good-same-day": [(1, 0), (3, 0), (3, 0), (3, 1), (3, 3), (3, 8), (3, 21)],
    "hard-and-easy-mix": [(4, 0), (2, 16), (4, 20), (2, 5), (1, 60), (4, 1)],
    "overdue-review": [(3, 0), (3, 2), (3, 200)],
}

vectors = []
for name, steps in SEQUENCES.items():
    s = d = None
    out = []
    for g, elapsed in steps:
        r = None if s is None or elapsed < 1 else retrievability(elapsed, s)
        s, d = review(s, d, elapsed, g)
        out.append({"rating": g, "elapsed_days": elapsed,
                    "retrievability": None if r is None else round(r, 8),
                    "stability": round(s, 8), "difficulty": round(d, 8),
                    "interval_90": interval(s, 0.9), "interval_80": interval(s, 0.8)})
    vectors.append({"name": name, "steps": out})
print(json.dumps(vectors, indent=1))
