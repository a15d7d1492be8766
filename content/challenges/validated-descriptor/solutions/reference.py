class Validated:
    def __init__(self, kind, *, minimum=None, maximum=None):
        self.kinds = kind if isinstance(kind, tuple) else (kind,)
        self.minimum = minimum
        self.maximum = maximum
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{type(instance).__name__!r} object has no value for {self.name!r}") from None

    def __set__(self, instance, value):
        if not isinstance(value, self.kinds) or (isinstance(value, bool) and bool not in self.kinds):
            raise TypeError(f"{self.name} must be {' or '.join(k.__name__ for k in self.kinds)}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.name} must be at most {self.maximum}")
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        try:
            del instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None
