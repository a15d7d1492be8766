# A subtle slip: the pool is never shut down, so its idle workers stay alive after the call.
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def make_executor(kind, max_workers=4):
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    if kind == "io":
        return ThreadPoolExecutor(max_workers=max_workers)
    if kind == "cpu":
        return ProcessPoolExecutor(max_workers=max_workers)
    raise ValueError(f"unknown kind {kind!r}")


def run_parallel(func, items, kind, max_workers=4):
    executor = make_executor(kind, max_workers)
    return list(executor.map(func, items))
