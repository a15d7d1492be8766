def to_binary(n):
    bits = ""
    while n > 0:
        bits = str(n % 2) + bits  # expect: string-concat-in-loop
        n //= 2
    return bits or "0"
