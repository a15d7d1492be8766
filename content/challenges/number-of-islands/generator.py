# Trusted input generator for complexity measurement (docs/content-format.md).
# n is the number of cells of a square grid, its side growing by about the square root of 2 so
# that n about doubles (a shape that changed from size to size would bend the curve). Even rows
# and the first column are all land, odd rows random land and water, so all the land (about
# three quarters of the grid) is one island. A flood fill visits each cell once: O(n).
# Searching the whole island again from every land cell is O(n^2).

SIDES = [4, 6, 8, 11, 16, 23, 32, 45, 64, 91, 128, 181, 256]
SIZES = [side * side for side in SIDES]


def generate(n, rng):
    side = max(2, round(n ** 0.5))
    # Random bytes mapped to "1" or "0" with even odds (at C speed).
    coin = bytes(ord("1") if b % 2 else ord("0") for b in range(256))
    grid = []
    for r in range(side):
        if r % 2 == 0:
            grid.append(["1"] * side)
        else:
            row = list(rng.randbytes(side).translate(coin).decode("ascii"))
            row[0] = "1"
            grid.append(row)
    return [grid]
