def length(head):
    count = 0
    while head != None:  # expect: compare-to-none
        count += 1
        head = head.next
    return count
