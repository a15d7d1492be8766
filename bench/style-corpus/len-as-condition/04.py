def process(queue):
    while len(queue) != 0:  # expect: len-as-condition
        queue.pop()
