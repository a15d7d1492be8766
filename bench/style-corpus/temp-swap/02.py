def bubble_sort(items):
    n = len(items)
    for i in range(n):
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                tmp = items[j]  # expect: temp-swap
                items[j] = items[j + 1]
                items[j + 1] = tmp
    return items
