def area(rectWidth, height):  # expect: naming-convention
    return rectWidth * height
