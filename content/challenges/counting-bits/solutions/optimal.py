def count_bits(n: int) -> list[int]:
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        # i >> 1 drops the lowest bit (already counted); i & 1 is that bit.
        bits[i] = bits[i >> 1] + (i & 1)
    return bits
