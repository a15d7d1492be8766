def product_except_self(nums: list[int]) -> list[int]:
    n = len(nums)
    out = [1] * n
    prefix = 1
    for i in range(n):          # out[i] = product of everything left of i
        out[i] = prefix
        prefix *= nums[i]
    suffix = 1
    for i in range(n - 1, -1, -1):  # times the product of everything right of i
        out[i] *= suffix
        suffix *= nums[i]
    return out
