# A common slip: the restart trick alone, without checking that there is enough gas in total.
def can_complete_circuit(gas, cost):
    start, tank = 0, 0
    for i in range(len(gas)):
        tank += gas[i] - cost[i]
        if tank < 0:
            start, tank = i + 1, 0
    return start if start < len(gas) else -1
