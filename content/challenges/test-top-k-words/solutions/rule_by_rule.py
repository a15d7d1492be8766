import pytest


@pytest.mark.parametrize(
    "text, k, expected",
    [
        ("the cat and the hat", 2, [("the", 2), ("and", 1)]),
        ("The the THE", 5, [("the", 3)]),
        ("end. end, end!", 1, [("end", 3)]),
        ("42 apples 42 apples", 3, [("apples", 2)]),
        ("pear apple pear apple", 2, [("apple", 2), ("pear", 2)]),
        ("c b a", 3, [("a", 1), ("b", 1), ("c", 1)]),
        ("one two two three three three", 2, [("three", 3), ("two", 2)]),
        ("one two", 10, [("one", 1), ("two", 1)]),
        ("", 3, []),
        ("words here", 0, []),
    ],
)
def test_top_k_words(text, k, expected):
    assert top_k_words(text, k) == expected


def test_entries_are_tuples():
    assert all(type(entry) is tuple for entry in top_k_words("a b a", 2))


def test_negative_k_raises_value_error():
    with pytest.raises(ValueError):
        top_k_words("a b c", -1)
