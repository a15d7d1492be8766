def make_line(words):
    line = ""
    for word in words:
        line = line + word + " "  # expect: string-concat-in-loop
    return line.strip()
