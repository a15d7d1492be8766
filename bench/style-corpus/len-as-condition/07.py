def nothing_left(todo):
    if 0 == len(todo):  # expect: len-as-condition
        print("all done")
