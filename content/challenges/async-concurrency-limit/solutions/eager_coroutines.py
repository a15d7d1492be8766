# A subtle slip: every coroutine is created up front. The semaphore limits how many run, but
# all the jobs exist (and hold their arguments and resources) from the start.
import asyncio


async def run_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    gate = asyncio.Semaphore(limit)
    coroutines = [make() for make in factories]

    async def guarded(coroutine):
        async with gate:
            return await coroutine

    return list(await asyncio.gather(*(guarded(c) for c in coroutines)))
