def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    if sum(gas) < sum(cost):
        return -1
    start, tank = 0, 0
    for i in range(len(gas)):
        tank += gas[i] - cost[i]
        if tank < 0:
            # No station from start to i can be the answer: restart after i with an empty tank.
            start, tank = i + 1, 0
    return start
