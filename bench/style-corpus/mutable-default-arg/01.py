def append_item(item, bucket=[]):  # expect: mutable-default-arg
    bucket.append(item)
    return bucket
