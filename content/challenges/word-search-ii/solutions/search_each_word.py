# Brute force: run the single-word search (Word Search) once per word. Correct, but words that
# share a beginning walk the same board paths again and again, once per word.
def find_words(board, words):
    rows, cols = len(board), len(board[0])

    def match(r, c, word, i):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        board[r][c] = "#"
        hit = any(
            0 <= nr < rows and 0 <= nc < cols and match(nr, nc, word, i + 1)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
        )
        board[r][c] = word[i]
        return hit

    return [w for w in words if any(match(r, c, w, 0) for r in range(rows) for c in range(cols))]
