import pytest


def test_counts_and_case():
    assert top_k_words("Dog dog cat", 2) == [("dog", 2), ("cat", 1)]


# Expects ties in order of first appearance, as Counter.most_common gives them; the
# specification asks for alphabetical order, so this fails on the correct implementation.
def test_ties_keep_first_appearance():
    assert top_k_words("pear apple", 2) == [("pear", 1), ("apple", 1)]


def test_negative_k():
    with pytest.raises(ValueError):
        top_k_words("a", -2)
