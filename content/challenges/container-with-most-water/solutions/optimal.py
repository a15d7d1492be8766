def max_area(heights: list[int]) -> int:
    lo, hi = 0, len(heights) - 1
    best = 0
    while lo < hi:
        best = max(best, (hi - lo) * min(heights[lo], heights[hi]))
        # The shorter wall cannot do better with any narrower partner: drop it.
        if heights[lo] < heights[hi]:
            lo += 1
        else:
            hi -= 1
    return best
