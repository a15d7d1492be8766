# Tests for paginate(items, page, per_page) -> list.
# The grader puts paginate into this module before it runs your tests (once for each
# implementation it checks): call it from your test functions; do not import or define it.
import pytest


def test_first_page():
    assert paginate([1, 2, 3, 4, 5], 1, 2) == [1, 2]
