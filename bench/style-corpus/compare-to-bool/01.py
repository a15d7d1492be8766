def report(done):
    if done == True:  # expect: compare-to-bool
        print("finished")
