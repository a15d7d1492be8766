import pytest


def test_combination():
    assert parse_duration("1h30m") == 5400


# The specification says a number needs a unit: this expectation is wrong, so the test fails
# on the correct implementation.
def test_bare_number_means_seconds():
    assert parse_duration("90") == 90


def test_empty_is_rejected():
    with pytest.raises(ValueError):
        parse_duration("")
