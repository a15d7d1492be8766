import pandas as pd


def large_orders(orders, customers, since, min_amount):
    """Orders placed on or after since with amount >= min_amount, joined to their customer's name and country."""
    pass
