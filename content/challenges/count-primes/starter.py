def count_primes(n: int) -> int:
    """Return the number of primes strictly less than n."""
    pass
