# A common slip: filling the first row and column with 1s, forgetting that an obstacle on an
# edge blocks every cell after it.
def unique_paths_with_obstacles(grid):
    rows, cols = len(grid), len(grid[0])
    ways = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                ways[r][c] = 0
            elif r == 0 or c == 0:
                ways[r][c] = 1
            else:
                ways[r][c] = ways[r - 1][c] + ways[r][c - 1]
    return ways[-1][-1]
