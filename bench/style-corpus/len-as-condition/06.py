def maybe_print(lines):
    if len(lines):  # expect: len-as-condition
        print("\n".join(lines))
