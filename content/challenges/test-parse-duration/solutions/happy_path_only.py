# Checks the obvious examples only: most bugs in the edge cases go unnoticed.


def test_hours_and_minutes():
    assert parse_duration("1h30m") == 5400


def test_seconds():
    assert parse_duration("45s") == 45
