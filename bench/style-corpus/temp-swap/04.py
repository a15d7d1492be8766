def transpose(matrix):
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            saved = matrix[i][j]  # expect: temp-swap
            matrix[i][j] = matrix[j][i]
            matrix[j][i] = saved
    return matrix
