def eval_rpn(tokens: list[str]) -> int:
    stack: list[int] = []
    for tok in tokens:
        if tok in ("+", "-", "*", "/"):
            b = stack.pop()  # the right operand was pushed last
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                # Truncate toward zero; Python's // would round toward minus infinity.
                quotient = abs(a) // abs(b)
                stack.append(quotient if (a < 0) == (b < 0) else -quotient)
        else:
            stack.append(int(tok))
    return stack[0]
