import asyncio


async def run_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    gate = asyncio.Semaphore(limit)

    async def guarded(make):
        async with gate:
            return await make()

    return list(await asyncio.gather(*(guarded(make) for make in factories)))
