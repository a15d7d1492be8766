def group_anagrams(words: list[str]) -> list[list[str]]:
    """Group the words that are anagrams of each other; any order of groups and of words."""
    pass
