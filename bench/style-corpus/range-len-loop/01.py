def print_all(names):
    for i in range(len(names)):  # expect: range-len-loop
        print(names[i])
