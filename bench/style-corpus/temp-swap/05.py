def reverse_in_place(chars):
    left, right = 0, len(chars) - 1
    while left < right:
        c = chars[left]  # expect: temp-swap
        chars[left] = chars[right]
        chars[right] = c
        left += 1
        right -= 1
