def paginate(items, page, per_page):
    if page < 1 or per_page < 0:
        raise ValueError("page starts at 1")
    start = (page - 1) * per_page
    return list(items[start:start + per_page])
