# Concurrent, but with no limit at all: every job runs at once.
import asyncio


async def run_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    return list(await asyncio.gather(*(make() for make in factories)))
