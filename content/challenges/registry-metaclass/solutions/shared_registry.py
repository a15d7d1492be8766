# A common slip: one registry dict on the metaclass, shared by every hierarchy.
class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if not any(isinstance(base, RegistryMeta) for base in bases):
            return cls
        if namespace.get("abstract", False):
            return cls
        key = namespace.get("key", name.lower())
        if key in mcls.registry:
            raise ValueError(f"{key!r} is already registered")
        mcls.registry[key] = cls
        return cls
