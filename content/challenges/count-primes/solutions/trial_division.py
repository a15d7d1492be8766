import math


def count_primes(n):
    # Divisors only up to the square root: much better than the brute force, still not a sieve.
    count = 0
    for k in range(2, n):
        if all(k % d for d in range(2, math.isqrt(k) + 1)):
            count += 1
    return count
