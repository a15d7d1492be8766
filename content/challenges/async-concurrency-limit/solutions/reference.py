import asyncio


async def run_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    jobs = list(factories)
    results = [None] * len(jobs)
    pending = iter(enumerate(jobs))

    async def worker():
        for index, make in pending:
            results[index] = await make()

    await asyncio.gather(*(worker() for _ in range(min(limit, len(jobs)))))
    return results
