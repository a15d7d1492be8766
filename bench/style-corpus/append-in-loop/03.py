def long_names(names):
    picked = []
    for name in names:  # expect: append-in-loop
        if len(name) > 5:
            picked.append(name.upper())
    return picked
