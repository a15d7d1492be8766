import pytest

ITEMS = list(range(1, 11))


@pytest.mark.parametrize(
    "page, expected",
    [(1, [1, 2, 3]), (2, [4, 5, 6]), (3, [7, 8, 9]), (4, [10]), (5, []), (99, [])],
)
def test_pages_of_three(page, expected):
    assert paginate(ITEMS, page, 3) == expected


def test_one_page_holds_everything():
    assert paginate(ITEMS, 1, 50) == ITEMS


def test_exact_fit_has_no_extra_page():
    assert paginate([1, 2, 3, 4], 2, 2) == [3, 4]
    assert paginate([1, 2, 3, 4], 3, 2) == []


def test_empty_list():
    assert paginate([], 1, 5) == []
    assert paginate([], 2, 5) == []


def test_result_is_a_new_list():
    items = [1, 2, 3]
    page = paginate(items, 1, 10)
    page.append(4)
    assert items == [1, 2, 3]


@pytest.mark.parametrize("page, per_page", [(0, 3), (-1, 3), (1, 0), (1, -2)])
def test_invalid_arguments_raise_value_error(page, per_page):
    with pytest.raises(ValueError):
        paginate(ITEMS, page, per_page)
