import pandas as pd


# Right rows, but every kept order scans the customer table: O(n * m).
def large_orders(orders, customers, since, min_amount):
    since = pd.Timestamp(since)
    people = list(customers.itertuples(index=False))
    rows = []
    for order in orders.itertuples(index=False):
        if order.placed < since or order.amount < min_amount:
            continue
        for person in people:
            if person.customer_id == order.customer_id:
                rows.append((order.order_id, person.name, person.country, order.amount))
                break
    rows.sort()
    return pd.DataFrame(rows, columns=["order_id", "name", "country", "amount"])
