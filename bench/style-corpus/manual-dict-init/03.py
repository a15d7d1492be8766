def index_by_city(people):
    by_city = {}
    for name, city in people:
        if city in by_city:  # expect: manual-dict-init
            by_city[city].append(name)
        else:
            by_city[city] = [name]
    return by_city
