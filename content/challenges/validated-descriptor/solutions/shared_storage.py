# A common slip: the value is stored on the descriptor, which every instance shares.
_MISSING = object()


class Validated:
    def __init__(self, kind, *, minimum=None, maximum=None):
        self.kinds = kind if isinstance(kind, tuple) else (kind,)
        self.minimum = minimum
        self.maximum = maximum
        self.value = _MISSING

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.value is _MISSING:
            raise AttributeError(self.name)
        return self.value

    def __set__(self, instance, value):
        if not isinstance(value, self.kinds) or (isinstance(value, bool) and bool not in self.kinds):
            raise TypeError(self.name)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(self.name)
        if self.maximum is not None and value > self.maximum:
            raise ValueError(self.name)
        self.value = value

    def __delete__(self, instance):
        self.value = _MISSING
