def num_islands(grid):
    rows, cols = len(grid), len(grid[0]) if grid else 0

    def sink(r, c):
        if 0 <= r < rows and 0 <= c < cols and grid[r][c] == "1":
            grid[r][c] = "0"
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                sink(r + dr, c + dc)

    count = 0
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell == "1":
                sink(r, c)
                count += 1
    return count
