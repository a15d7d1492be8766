def find_index(values, target):
    for i in range(len(values)):  # expect: range-len-loop
        if values[i] == target:
            return i
    return -1
