# A common slip: threads for everything. CPU-bound Python code then runs one thread at a time
# under the GIL, no faster than a plain loop.
from concurrent.futures import ThreadPoolExecutor


def make_executor(kind, max_workers=4):
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    if kind not in ("io", "cpu"):
        raise ValueError(f"unknown kind {kind!r}")
    return ThreadPoolExecutor(max_workers=max_workers)


def run_parallel(func, items, kind, max_workers=4):
    with make_executor(kind, max_workers) as executor:
        return list(executor.map(func, items))
