def revenue_by_day(sales):
    totals = {}
    for day, amount in sales:
        if day not in totals:  # expect: manual-dict-init
            totals[day] = 0
        totals[day] += amount
    return totals
