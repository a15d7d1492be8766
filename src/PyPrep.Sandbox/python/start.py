# Entry point of every sandbox: python3 -I -S -B /sandbox/start.py.
#
# CPython compiles the script named on its command line at every start, and compiling harness.py
# costs 10-25 ms of CPU, a fifth of a cold style check. Loaded through the import machinery's
# loader instead, harness.py comes from the bytecode the build wrote to __pycache__ (valid only
# for this interpreter's version and only while its hash matches the source), or is compiled from
# the source as before when there is none. It still runs as __main__.
import _frozen_importlib_external

exec(_frozen_importlib_external.SourceFileLoader("harness", __file__[: -len("start.py")] + "harness.py").get_code("harness"))
