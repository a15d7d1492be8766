# A common slip: isinstance(True, int) is True, so booleans pass as integers.
class Validated:
    def __init__(self, kind, *, minimum=None, maximum=None):
        self.kind = kind
        self.minimum = minimum
        self.maximum = maximum

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(self.name)
        if self.maximum is not None and value > self.maximum:
            raise ValueError(self.name)
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        try:
            del instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None
