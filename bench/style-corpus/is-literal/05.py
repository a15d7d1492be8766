def collatz_steps(n):
    steps = 0
    while n is not 1:  # expect: is-literal
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
