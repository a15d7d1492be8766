def paginate(items, page, per_page):
    if page < 1 or per_page < 1:
        raise ValueError("page and per_page start at 1")
    start = (page - 1) * per_page
    if start + per_page > len(items):
        return []
    return list(items[start:start + per_page])
