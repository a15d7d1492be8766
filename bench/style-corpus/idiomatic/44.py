def build_message(name, count):
    message = f"Hello {name}, "
    message += f"you have {count} new messages"
    return message
