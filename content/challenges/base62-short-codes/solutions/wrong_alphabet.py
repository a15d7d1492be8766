# A common slip: upper case before lower case (the order of string.ascii_letters).
import string

ALPHABET = string.digits + string.ascii_uppercase + string.ascii_lowercase


def encode_base62(n):
    if n == 0:
        return "0"
    chars = []
    while n:
        n, r = divmod(n, 62)
        chars.append(ALPHABET[r])
    return "".join(reversed(chars))
