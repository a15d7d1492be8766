def unique_paths_with_obstacles(grid: list[list[int]]) -> int:
    cols = len(grid[0])
    # ways[c]: paths reaching column c of the current row (one row of the table is enough).
    ways = [0] * cols
    ways[0] = 1
    for row in grid:
        for c in range(cols):
            if row[c] == 1:
                ways[c] = 0
            elif c > 0:
                ways[c] += ways[c - 1]
    return ways[-1]
