# A tempting but wrong recurrence: adding one does not add one set bit (3 -> 4 is 0b11 -> 0b100).
def count_bits(n):
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i - 1] + 1 if i % 2 else bits[i - 1]
    return bits
