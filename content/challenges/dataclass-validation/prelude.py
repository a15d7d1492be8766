# Trusted helpers shared by the cases of dataclass-validation.
import dataclasses


def build(product, *args, **kwargs):
    """product(*args, **kwargs): its repr, or the exception type name."""
    try:
        return repr(product(*args, **kwargs))
    except Exception as exc:
        return type(exc).__name__
