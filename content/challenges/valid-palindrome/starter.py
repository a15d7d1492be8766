def is_palindrome(s: str) -> bool:
    """True when s reads the same both ways, counting only letters/digits, ignoring case."""
    pass
