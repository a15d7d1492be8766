def clean_lines(lines):
    cleaned = []
    for line in lines:  # expect: append-in-loop
        cleaned.append(line.strip())
    return cleaned
