# Correct, but one recursive call per cell on the path: a big island goes past the
# recursion limit.
def num_islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()

    def flood(r, c):
        if r < 0 or r >= rows or c < 0 or c >= cols or grid[r][c] != "1" or (r, c) in seen:
            return
        seen.add((r, c))
        flood(r + 1, c)
        flood(r - 1, c)
        flood(r, c + 1)
        flood(r, c - 1)

    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and (r, c) not in seen:
                islands += 1
                flood(r, c)
    return islands
