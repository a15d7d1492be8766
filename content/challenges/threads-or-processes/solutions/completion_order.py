# A common slip: collecting results with as_completed, which yields them in finishing order.
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed


def make_executor(kind, max_workers=4):
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    if kind == "io":
        return ThreadPoolExecutor(max_workers=max_workers)
    if kind == "cpu":
        return ProcessPoolExecutor(max_workers=max_workers)
    raise ValueError(f"unknown kind {kind!r}")


def run_parallel(func, items, kind, max_workers=4):
    with make_executor(kind, max_workers) as executor:
        futures = [executor.submit(func, item) for item in items]
        return [future.result() for future in as_completed(futures)]
