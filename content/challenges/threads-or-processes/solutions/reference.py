from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def make_executor(kind, max_workers=4):
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    if kind == "io":
        return ThreadPoolExecutor(max_workers=max_workers)
    if kind == "cpu":
        return ProcessPoolExecutor(max_workers=max_workers)
    raise ValueError(f"kind must be 'io' or 'cpu', not {kind!r}")


def run_parallel(func, items, kind, max_workers=4):
    with make_executor(kind, max_workers) as executor:
        return list(executor.map(func, items))
