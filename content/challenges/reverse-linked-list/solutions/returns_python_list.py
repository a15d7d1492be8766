# A common slip: answering with a Python list of values instead of the reversed nodes.
def reverse_list(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    return values[::-1]
