from collections import defaultdict


def register(name, registry=defaultdict(list)):  # expect: mutable-default-arg
    registry[name[0]].append(name)
    return registry
