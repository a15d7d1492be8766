class Validated:
    """Data descriptor checking type and bounds of every assigned value."""

    def __init__(self, kind, *, minimum=None, maximum=None):
        pass

    def __set_name__(self, owner, name):
        pass

    def __get__(self, instance, owner=None):
        pass

    def __set__(self, instance, value):
        pass

    def __delete__(self, instance):
        pass
