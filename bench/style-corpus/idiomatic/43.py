MAX_RETRIES = 5
DEFAULT_TIMEOUT = 2.5


def backoff(attempt):
    return min(DEFAULT_TIMEOUT * 2 ** attempt, 60)
