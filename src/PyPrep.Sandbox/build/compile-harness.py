# Writes harness.py's bytecode for the sandbox's start.py: compile-harness.py SOURCE FOLDER.
# The file is named as CPython's import system names it (harness.cpython-311.pyc), so another
# interpreter version ignores it; checked-hash bytecode stays valid however the build copies files.
import os
import py_compile
import sys

source, folder = sys.argv[1], sys.argv[2]
name = os.path.basename(source)[: -len(".py")] + "." + sys.implementation.cache_tag + ".pyc"
os.makedirs(folder, exist_ok=True)
py_compile.compile(source, cfile=os.path.join(folder, name), doraise=True,
                   invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
