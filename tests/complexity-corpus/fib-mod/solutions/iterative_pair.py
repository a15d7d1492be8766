MOD = 10**9 + 7


def fib_mod(n):
    prev, cur = 0, 1
    for _ in range(n):
        prev, cur = cur, (prev + cur) % MOD
    return prev
