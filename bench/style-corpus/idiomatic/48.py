def counts_to_text(counts):
    return ", ".join(f"{key}={value}" for key, value in sorted(counts.items()))
