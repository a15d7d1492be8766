def queue_reconstruction(people):
    result = []
    for height, ahead in sorted(people, key=lambda p: (-p[0], p[1])):
        result.insert(ahead, [height, ahead])
    return result
