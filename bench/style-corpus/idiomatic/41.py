def needs_padding(text, width):
    if len(text) < width:
        return text.ljust(width)
    return text
