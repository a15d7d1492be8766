class RegistryMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if not any(isinstance(base, RegistryMeta) for base in bases):
            cls.registry = {}
            return cls
        if namespace.get("abstract", False):
            return cls
        key = namespace.get("key", name.lower())
        if key in cls.registry:
            raise ValueError(f"{key!r} is already registered by {cls.registry[key].__name__}")
        cls.registry[key] = cls
        return cls
