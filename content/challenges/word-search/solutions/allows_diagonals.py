# Marks cells correctly but also steps diagonally, which the rules do not allow.
from collections import Counter


def exist(board, word):
    rows, cols = len(board), len(board[0])
    have = Counter(ch for row in board for ch in row)
    if any(have[ch] < count for ch, count in Counter(word).items()):
        return False
    grid = [row[:] for row in board]

    def search(r, c, i):
        if grid[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        saved, grid[r][c] = grid[r][c], None
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if (dr or dc) and 0 <= nr < rows and 0 <= nc < cols and search(nr, nc, i + 1):
                    return True
        grid[r][c] = saved
        return False

    return any(search(r, c, 0) for r in range(rows) for c in range(cols))
