def reverse(text):
    rev = ""
    for ch in text:
        rev = ch + rev  # expect: string-concat-in-loop
    return rev
