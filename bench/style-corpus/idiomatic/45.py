def caesar(text, shift):
    return "".join(
        chr((ord(ch) - 97 + shift) % 26 + 97) if ch.islower() else ch
        for ch in text
    )
