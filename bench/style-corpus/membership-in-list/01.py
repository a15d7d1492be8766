def count_vowels(text):
    vowels = ["a", "e", "i", "o", "u"]
    total = 0
    for ch in text:
        if ch in vowels:  # expect: membership-in-list
            total += 1
    return total
