def char_frequency(text):
    freq = {}
    for ch in text:
        if ch not in freq:  # expect: manual-counter
            freq[ch] = 0
        freq[ch] += 1
    return freq
