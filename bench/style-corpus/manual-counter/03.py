def tally(votes):
    result = {}
    for vote in votes:
        result[vote] = result.get(vote, 0) + 1  # expect: manual-counter
    return result
