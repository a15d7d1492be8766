def skip_hidden(files):
    for f in files:
        if f.hidden == False:  # expect: compare-to-bool
            print(f.name)
