# Brute force: searches each land cell's whole island and counts the cell only if it is
# the island's smallest. O(n^2) on one big island.
def num_islands(grid):
    rows, cols = len(grid), len(grid[0])
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            seen, stack, smallest = {(r, c)}, [(r, c)], (r, c)
            while stack:
                cr, cc = stack.pop()
                smallest = min(smallest, (cr, cc))
                for nr, nc in ((cr + 1, cc), (cr - 1, cc), (cr, cc + 1), (cr, cc - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "1" and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            if smallest == (r, c):
                count += 1
    return count
