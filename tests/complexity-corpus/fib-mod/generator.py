# The input is the index itself: fib_mod(n) is the n-th Fibonacci number modulo 1e9 + 7.


def generate(n, rng):
    return [n]
