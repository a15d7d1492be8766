def count_primes(n: int) -> int:
    if n < 3:
        return 0
    is_prime = bytearray([1]) * n
    is_prime[0] = is_prime[1] = 0
    p = 2
    while p * p < n:
        if is_prime[p]:
            # Multiples below p*p were already crossed out by smaller primes.
            is_prime[p * p::p] = bytes(len(range(p * p, n, p)))
        p += 1
    return sum(is_prime)
