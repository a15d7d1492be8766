# A common slip: tracking how many of each kind are open, but not in which order.
def is_valid(s):
    open_count = {"(": 0, "[": 0, "{": 0}
    closer = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in open_count:
            open_count[ch] += 1
        else:
            open_count[closer[ch]] -= 1
            if open_count[closer[ch]] < 0:
                return False
    return all(n == 0 for n in open_count.values())
