# A common slip: gathering fixed batches of `limit` jobs; one slow job holds up its whole
# batch, so fewer than `limit` jobs run while it finishes.
import asyncio


async def run_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    jobs = list(factories)
    results = []
    for start in range(0, len(jobs), limit):
        batch = jobs[start:start + limit]
        results.extend(await asyncio.gather(*(make() for make in batch)))
    return results
