# Correct backtracking with no pruning: exponential on boards built to defeat it.
def exist(board, word):
    rows, cols = len(board), len(board[0])
    grid = [row[:] for row in board]

    def search(r, c, i):
        if grid[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        saved, grid[r][c] = grid[r][c], None
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and search(nr, nc, i + 1):
                return True
        grid[r][c] = saved
        return False

    return any(search(r, c, 0) for r in range(rows) for c in range(cols))
