from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def make_executor(kind, max_workers=4):
    """A ThreadPoolExecutor for kind "io", a ProcessPoolExecutor for kind "cpu"."""
    pass


def run_parallel(func, items, kind, max_workers=4):
    """Run func over items on the right kind of pool; results in input order."""
    pass
