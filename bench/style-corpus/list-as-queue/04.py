def run_tasks(tasks):
    done = 0
    while tasks:
        task = tasks.pop(0)  # expect: list-as-queue
        task()
        done += 1
    return done
