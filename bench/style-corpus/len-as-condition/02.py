def drain(stack):
    while len(stack) > 0:  # expect: len-as-condition
        print(stack.pop())
