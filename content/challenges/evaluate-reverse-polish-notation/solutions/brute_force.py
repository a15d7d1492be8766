# Repeatedly find the first operator, apply it to the two tokens before it,
# and splice the result back into the list.
def eval_rpn(tokens):
    tokens = list(tokens)
    while len(tokens) > 1:
        i = next(k for k, tok in enumerate(tokens) if tok in ("+", "-", "*", "/"))
        a, b, op = int(tokens[i - 2]), int(tokens[i - 1]), tokens[i]
        if op == "+":
            value = a + b
        elif op == "-":
            value = a - b
        elif op == "*":
            value = a * b
        else:
            value = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
        tokens[i - 2:i + 1] = [str(value)]
    return int(tokens[0])
