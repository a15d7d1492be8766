# Forgets to wrap around: a key past the last position indexes beyond the list.
import bisect
import hashlib


def position(text):
    return int.from_bytes(hashlib.md5(text.encode()).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes, replicas):
        self.replicas = replicas
        self.positions = []
        self.owner = {}
        self.nodes = set()
        for node in nodes:
            self.add_node(node)

    def add_node(self, node):
        if node in self.nodes:
            return
        self.nodes.add(node)
        for i in range(self.replicas):
            p = position(f"{node}#{i}")
            self.owner[p] = node
            bisect.insort(self.positions, p)

    def remove_node(self, node):
        if node not in self.nodes:
            return
        self.nodes.remove(node)
        for i in range(self.replicas):
            p = position(f"{node}#{i}")
            del self.owner[p]
            self.positions.remove(p)

    def get_node(self, key):
        if not self.positions:
            return None
        return self.owner[self.positions[bisect.bisect_left(self.positions, position(key))]]
