# A common slip: skipping punctuation but forgetting that case does not matter.
def is_palindrome(s):
    cleaned = [c for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
