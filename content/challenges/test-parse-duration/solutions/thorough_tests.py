import pytest


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("1h", 3600),
        ("2m", 120),
        ("45s", 45),
        ("1h30m", 5400),
        ("1h5s", 3605),
        ("2m3s", 123),
        ("1h2m3s", 3723),
        ("90m", 5400),
        ("100s", 100),
        ("12h", 43200),
        ("007s", 7),
        ("0s", 0),
        ("  5m \n", 300),
    ],
)
def test_valid_durations(text, seconds):
    assert parse_duration(text) == seconds


def test_result_is_an_int():
    assert type(parse_duration("1h1m1s")) is int


@pytest.mark.parametrize(
    "text",
    ["", "   ", "90", "h", "5d", "30m1h", "5s1m", "5m5m", "1h1h", "-5m", "+5m", "1h 30m", "5 m", "1.5h", "5H"],
)
def test_invalid_durations_raise_value_error(text):
    with pytest.raises(ValueError):
        parse_duration(text)
