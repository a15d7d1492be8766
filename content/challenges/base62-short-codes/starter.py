ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def encode_base62(n: int) -> str:
    """Return n (>= 0) written in base 62 with ALPHABET, most significant character first."""
    pass
