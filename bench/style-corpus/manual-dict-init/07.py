def adjacency(pairs):
    adj = {}
    for a, b in pairs:
        if a not in adj:  # expect: manual-dict-init
            adj[a] = list()
        adj[a].append(b)
        if b not in adj:  # expect: manual-dict-init
            adj[b] = list()
        adj[b].append(a)
    return adj
