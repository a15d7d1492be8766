# The same checks without pytest: a helper in place of pytest.raises.


def raises_value_error(text):
    try:
        parse_duration(text)
    except ValueError:
        return True
    except Exception:
        return False
    return False


def test_each_unit():
    assert parse_duration("3h") == 10800
    assert parse_duration("3m") == 180
    assert parse_duration("3s") == 3


def test_combinations():
    assert parse_duration("1h30m") == 5400
    assert parse_duration("1h2m3s") == 3723
    assert parse_duration("1h5s") == 3605
    assert parse_duration("2m3s") == 123


def test_large_and_padded_numbers():
    assert parse_duration("90m") == 5400
    assert parse_duration("75s") == 75
    assert parse_duration("10h") == 36000
    assert parse_duration("05m") == 300


def test_surrounding_whitespace_is_ignored():
    assert parse_duration(" 1h\t") == 3600


def test_invalid_inputs():
    for text in ["", "  ", "42", "m", "7w", "1s1m", "2h2h", "-1h", "1h 1m"]:
        assert raises_value_error(text), text
