def fib_mod(n):
    m = 1_000_000_007
    a, b, c, d = 1, 1, 1, 0      # [[1, 1], [1, 0]]
    ra, rb, rc, rd = 1, 0, 0, 1  # identity
    while n > 0:
        if n % 2:
            ra, rb, rc, rd = (ra * a + rb * c) % m, (ra * b + rb * d) % m, (rc * a + rd * c) % m, (rc * b + rd * d) % m
        a, b, c, d = (a * a + b * c) % m, (a * b + b * d) % m, (c * a + d * c) % m, (c * b + d * d) % m
        n //= 2
    return rb
