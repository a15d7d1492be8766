def product_except_self(nums: list[int]) -> list[int]:
    """Return out with out[i] = product of all nums except nums[i], without division."""
    pass
