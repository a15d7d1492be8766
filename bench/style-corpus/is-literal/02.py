def greet(name):
    if name is "admin":  # expect: is-literal
        return "welcome back"
    return "hello"
