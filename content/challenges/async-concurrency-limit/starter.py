import asyncio


async def run_limited(factories, limit):
    """Await the coroutines made by `factories`, at most `limit` at a time; results in input order."""
    pass
