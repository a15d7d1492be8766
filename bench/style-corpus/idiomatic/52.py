def validate(user):
    if user.get("age") is None:
        raise ValueError("age is required")
    return user["age"] >= 18
