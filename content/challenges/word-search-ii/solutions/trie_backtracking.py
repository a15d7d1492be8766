# Put every word in a trie, then walk the board once from each cell, following the trie: a path
# stops as soon as no word starts with it. Each word found is taken out of the trie, and
# branches left empty are cut, so finished parts of the search are never walked again.
def find_words(board, words):
    root = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word                       # "$" marks a word's end; board cells are letters
    rows, cols = len(board), len(board[0])
    found = []

    def walk(r, c, parent):
        ch = board[r][c]
        node = parent[ch]
        if "$" in node:
            found.append(node.pop("$"))        # report each word once
        board[r][c] = "#"                      # in use on this path
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                walk(nr, nc, node)
        board[r][c] = ch
        if not node:
            del parent[ch]                     # nothing left to find below: prune

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                walk(r, c, root)
    return found
