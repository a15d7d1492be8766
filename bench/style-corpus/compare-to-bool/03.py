def active_users(users):
    return [u for u in users if u.active == True]  # expect: compare-to-bool
