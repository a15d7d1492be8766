# The scheme consistent hashing replaces: balanced, but it answers differently.
import hashlib


def position(text):
    return int.from_bytes(hashlib.md5(text.encode()).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes, replicas):
        self.nodes = list(dict.fromkeys(nodes))

    def add_node(self, node):
        if node not in self.nodes:
            self.nodes.append(node)

    def remove_node(self, node):
        if node in self.nodes:
            self.nodes.remove(node)

    def get_node(self, key):
        if not self.nodes:
            return None
        return self.nodes[position(key) % len(self.nodes)]
