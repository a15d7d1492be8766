# Trusted helpers shared by the cases of registry-metaclass.


def keys(root):
    return list(root.registry)


def defines(make):
    """Runs a class definition; reports the error type, if any."""
    try:
        make()
        return "defined"
    except Exception as exc:
        return type(exc).__name__
