def level_order(root):
    levels = []
    queue = [root] if root else []
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.pop(0)  # expect: list-as-queue
            level.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        levels.append(level)
    return levels
