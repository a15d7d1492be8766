import bisect, hashlib

def position(text):
    return int.from_bytes(hashlib.md5(text.encode()).digest()[:8], "big")

class HashRing:
    def __init__(self, nodes, replicas):
        self._replicas = replicas
        self._positions = []   # sorted
        self._owner = {}       # position -> node
        self._nodes = set(nodes)
        for node in self._nodes:
            for i in range(replicas):
                self._owner[position(f"{node}#{i}")] = node
        self._positions = sorted(self._owner)   # one sort, not one insertion per point

    def add_node(self, node):
        if node in self._nodes:
            return
        self._nodes.add(node)
        for i in range(self._replicas):
            p = position(f"{node}#{i}")
            self._owner[p] = node
            bisect.insort(self._positions, p)

    def remove_node(self, node):
        if node not in self._nodes:
            return
        self._nodes.remove(node)
        for i in range(self._replicas):
            p = position(f"{node}#{i}")
            del self._owner[p]
            self._positions.pop(bisect.bisect_left(self._positions, p))

    def get_node(self, key):
        if not self._positions:
            return None
        i = bisect.bisect_left(self._positions, position(key))
        return self._owner[self._positions[i % len(self._positions)]]
