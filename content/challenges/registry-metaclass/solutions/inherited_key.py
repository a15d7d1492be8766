# A subtle slip: getattr sees inherited attributes, so a subclass reuses its parent's key
# (a duplicate) and inherits `abstract = True`.
class RegistryMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if not any(isinstance(base, RegistryMeta) for base in bases):
            cls.registry = {}
            return cls
        if getattr(cls, "abstract", False):
            return cls
        key = getattr(cls, "key", name.lower())
        if key in cls.registry:
            raise ValueError(f"{key!r} is already registered")
        cls.registry[key] = cls
        return cls
