# A common slip: popping on an equal temperature, so a day of the same warmth
# counts as "warmer".
def daily_temperatures(temps):
    answer = [0] * len(temps)
    waiting = []
    for i, t in enumerate(temps):
        while waiting and temps[waiting[-1]] <= t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer
