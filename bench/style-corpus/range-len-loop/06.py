def is_palindrome(text):
    for i in range(len(text)):  # expect: range-len-loop
        if text[i] != text[len(text) - 1 - i]:
            return False
    return True
