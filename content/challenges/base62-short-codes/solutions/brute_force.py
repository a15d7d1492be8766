# Largest power first, then one digit per power.
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def encode_base62(n):
    power = 1
    while power * 62 <= n:
        power *= 62
    out = ""
    while power >= 1:
        out += ALPHABET[n // power]
        n %= power
        power //= 62
    return out
