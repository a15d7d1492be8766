def spiral_order(matrix: list[list[int]]) -> list[int]:
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    out: list[int] = []
    while top <= bottom and left <= right:
        out.extend(matrix[top][left:right + 1])                       # top row, left to right
        out.extend(matrix[r][right] for r in range(top + 1, bottom + 1))  # right column, down
        if top < bottom and left < right:
            out.extend(matrix[bottom][c] for c in range(right - 1, left - 1, -1))  # bottom row, back
            out.extend(matrix[r][left] for r in range(bottom - 1, top, -1))        # left column, up
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
