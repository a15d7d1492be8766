def matrix_sum(matrix):
    return sum(sum(row) for row in matrix)
