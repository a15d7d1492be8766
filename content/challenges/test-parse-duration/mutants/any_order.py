import re

_PART = re.compile(r"([0-9]+)([hms])")
_FACTOR = {"h": 3600, "m": 60, "s": 1}


def parse_duration(text):
    text = text.strip()
    parts = _PART.findall(text)
    units = [unit for _, unit in parts]
    if not parts or "".join(n + u for n, u in parts) != text or len(set(units)) != len(units):
        raise ValueError(f"not a duration: {text!r}")
    return sum(int(number) * _FACTOR[unit] for number, unit in parts)
