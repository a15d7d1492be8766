# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of operations: n/2 add_word calls with random 10-letter words, then n/2
# searches alternating a near miss (a stored word with its last letter changed: nothing
# matches) and a stored word with dots at positions 5 and 8. Dots that deep leave about one
# branch to follow in a trie, so each call is O(L) and the whole run O(n); comparing the pattern
# with every stored word (the brute force) is O(n) per search, O(n²) in all.
# Sizes stop at 16384: larger runs take longer to build than they could be timed in the budget.
SIZES = [2 ** k for k in range(4, 15)]
LETTERS = bytes(97 + i % 26 for i in range(256))


def generate(n, rng):
    adds = max(1, n // 2)
    text = rng.randbytes(10 * adds).translate(LETTERS).decode("ascii")
    words = [text[i:i + 10] for i in range(0, 10 * adds, 10)]
    picks = memoryview(rng.randbytes(4 * n)).cast("I")
    operations, arguments = ["WordDictionary"] + ["add_word"] * adds, [[]] + [[word] for word in words]
    for i in range(max(0, n - 1 - adds)):
        word = words[picks[i] % adds]
        if i % 2 == 0:
            pattern = word[:9] + chr(97 + (ord(word[9]) - 97 + 1 + picks[i] % 25) % 26)
        else:
            pattern = word[:5] + "." + word[6:8] + "." + word[9]
        operations.append("search")
        arguments.append([pattern])
    return [operations, arguments]
