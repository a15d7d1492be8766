# Tests for top_k_words(text, k) -> list[tuple[str, int]].
# The grader puts top_k_words into this module before it runs your tests (once for each
# implementation it checks): call it from your test functions; do not import or define it.
import pytest


def test_most_common_word_first():
    assert top_k_words("b a b", 1) == [("b", 2)]
