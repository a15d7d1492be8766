# Checks counts, never the order of ties, the edges of k, or what counts as a word.


def test_counts():
    result = dict(top_k_words("a b a c a b", 3))
    assert result == {"a": 3, "b": 2, "c": 1}


def test_most_frequent_first():
    assert top_k_words("x y y", 1)[0][0] == "y"
