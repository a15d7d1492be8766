def paginate(items, page, per_page):
    if per_page < 1:
        raise ValueError("per_page starts at 1")
    start = max(page - 1, 0) * per_page
    return list(items[start:start + per_page])
