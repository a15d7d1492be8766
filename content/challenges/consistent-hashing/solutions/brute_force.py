# Scans every virtual position on each lookup: O(nodes * replicas) per call.
import hashlib


def position(text):
    return int.from_bytes(hashlib.md5(text.encode()).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes, replicas):
        self.replicas = replicas
        self.points = {}  # position -> node
        for node in nodes:
            self.add_node(node)

    def add_node(self, node):
        for i in range(self.replicas):
            self.points[position(f"{node}#{i}")] = node

    def remove_node(self, node):
        for i in range(self.replicas):
            p = position(f"{node}#{i}")
            if self.points.get(p) == node:
                del self.points[p]

    def get_node(self, key):
        if not self.points:
            return None
        k = position(key)
        best = None
        smallest = None
        for p in self.points:
            if p >= k and (best is None or p < best):
                best = p
            if smallest is None or p < smallest:
                smallest = p
        return self.points[best if best is not None else smallest]
