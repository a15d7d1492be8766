def fib(n, memo={}):  # expect: mutable-default-arg
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
