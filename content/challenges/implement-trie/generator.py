# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of operations: n/2 inserts of random 10-letter words, then n/2 lookups
# alternating search and starts_with, each a near miss (a stored word, or its first 8 letters,
# with the last letter changed). A trie walks the whole word before it finds the miss, O(L);
# scanning every stored word for a prefix (the brute force) finds no match and reads them all,
# O(n) per starts_with and O(n²) in all.
# Sizes stop at 16384: larger runs take longer to build than they could be timed in the budget.
SIZES = [2 ** k for k in range(4, 15)]
LETTERS = bytes(97 + i % 26 for i in range(256))


def generate(n, rng):
    inserts = max(1, n // 2)
    text = rng.randbytes(10 * inserts).translate(LETTERS).decode("ascii")
    words = [text[i:i + 10] for i in range(0, 10 * inserts, 10)]
    picks = memoryview(rng.randbytes(4 * n)).cast("I")
    operations, arguments = ["Trie"] + ["insert"] * inserts, [[]] + [[word] for word in words]
    for i in range(max(0, n - 1 - inserts)):
        word = words[picks[i] % inserts]
        text = word if i % 2 == 0 else word[:8]
        missed = chr(97 + (ord(text[-1]) - 97 + 1 + picks[i] % 25) % 26)
        operations.append("search" if i % 2 == 0 else "starts_with")
        arguments.append([text[:-1] + missed])
    return [operations, arguments]
