import bisect
import hashlib


def position(text: str) -> int:
    """A string's place on the ring: the first 8 bytes of its MD5 digest, big-endian."""
    return int.from_bytes(hashlib.md5(text.encode()).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes: list[str], replicas: int):
        pass

    def add_node(self, node: str) -> None:
        pass

    def remove_node(self, node: str) -> None:
        pass

    def get_node(self, key: str) -> str | None:
        pass
