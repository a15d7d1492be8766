# Only the first page of a list that fills it exactly: most off-by-one bugs pass unseen.


def test_first_page():
    assert paginate([1, 2, 3, 4, 5, 6], 1, 3) == [1, 2, 3]


def test_second_page_length():
    assert len(paginate([1, 2, 3, 4, 5, 6], 2, 3)) == 3
