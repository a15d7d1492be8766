def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        return None
    return port if 0 < port < 65536 else None
