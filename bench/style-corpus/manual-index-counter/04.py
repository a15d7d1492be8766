class Report:
    def __init__(self, rows):
        self.rows = rows

    def print_rows(self):
        count = 0
        for row in self.rows:  # expect: manual-index-counter
            count += 1
            print(count, row)
