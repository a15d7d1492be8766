from collections import Counter


def exist(board, word):
    rows, cols = len(board), len(board[0])
    have = Counter(ch for row in board for ch in row)
    need = Counter(word)
    if any(have[ch] < count for ch, count in need.items()):
        return False
    if have[word[-1]] < have[word[0]]:
        word = word[::-1]
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
