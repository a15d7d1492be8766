# Too slow: peeling one character off an end copies the rest of the string,
# so a long input costs O(n²).
def is_palindrome(s):
    while len(s) > 1:
        if not s[0].isalnum():
            s = s[1:]
        elif not s[-1].isalnum():
            s = s[:-1]
        elif s[0].lower() != s[-1].lower():
            return False
        else:
            s = s[1:-1]
    return True
