def find_user(users, id):  # expect: shadowed-builtin
    for user in users:
        if user["id"] == id:
            return user
    return None
