class RegistryMeta(type):
    """Metaclass: roots get a `registry` dict; their subclasses register themselves in it."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        pass
