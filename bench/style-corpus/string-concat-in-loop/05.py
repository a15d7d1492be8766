def render(items):
    html = "<ul>"
    for item in items:
        html += f"<li>{item}</li>"  # expect: string-concat-in-loop
    html += "</ul>"
    return html
