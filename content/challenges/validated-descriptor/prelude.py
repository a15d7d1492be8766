# Trusted helpers shared by the cases of validated-descriptor.


def assign(obj, name, value):
    """Tries obj.name = value; returns "ok" or the exception type name."""
    try:
        setattr(obj, name, value)
        return "ok"
    except Exception as exc:
        return type(exc).__name__


def read(obj, name):
    """Reads obj.name; returns the value or the exception type name."""
    try:
        return getattr(obj, name)
    except Exception as exc:
        return type(exc).__name__
