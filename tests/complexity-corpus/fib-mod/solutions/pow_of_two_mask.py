# Not Fibonacci at all: a constant-time stand-in, to check that O(1) code on this family reads O(1).
def fib_mod(n):
    return (n * 2654435761) % 1_000_000_007
