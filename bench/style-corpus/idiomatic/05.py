def is_valid(brackets):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in brackets:
        if ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
