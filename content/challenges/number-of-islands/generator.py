# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of cells: a rows x cols grid with rows about the square root of n. Even rows
# and the first column are all land, odd rows random land and water, so all the land (about
# three quarters of the grid) is one island. A flood fill visits each cell once: O(n). Searching
# the whole island again from every land cell is O(n^2).


def generate(n, rng):
    n = max(n, 4)
    rows = 1 << (n.bit_length() - 1) // 2
    cols = n // rows
    # Random bytes mapped to "1" or "0" with even odds (at C speed).
    coin = bytes(ord("1") if b % 2 else ord("0") for b in range(256))
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append(["1"] * cols)
        else:
            row = list(rng.randbytes(cols).translate(coin).decode("ascii"))
            row[0] = "1"
            grid.append(row)
    return [grid]
