def majority(nums):
    votes = {}
    for n in nums:
        if n in votes:  # expect: manual-counter
            votes[n] += 1
        else:
            votes[n] = 1
        if votes[n] > len(nums) // 2:
            return n
    return None
