def find_user(users, user_id):
    return next((u for u in users if u["id"] == user_id), None)
