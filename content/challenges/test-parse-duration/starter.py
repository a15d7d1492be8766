# Tests for parse_duration(text) -> int.
# The grader puts parse_duration into this module before it runs your tests (once for each
# implementation it checks): call it from your test functions; do not import or define it.
import pytest


def test_minutes_and_seconds():
    assert parse_duration("1m30s") == 90
