M = 1_000_000_007


def mul(x, y):
    return [[(x[0][0] * y[0][0] + x[0][1] * y[1][0]) % M, (x[0][0] * y[0][1] + x[0][1] * y[1][1]) % M],
            [(x[1][0] * y[0][0] + x[1][1] * y[1][0]) % M, (x[1][0] * y[0][1] + x[1][1] * y[1][1]) % M]]


def fib_mod(n):
    result, base = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mul(result, base)
        base = mul(base, base)
        n >>= 1
    return result[0][1]
