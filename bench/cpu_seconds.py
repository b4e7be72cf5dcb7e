#!/usr/bin/python3
"""Runs a command with its standard output sent to OUT and prints the CPU seconds (user +
system, microsecond resolution from getrusage) it used: /usr/bin/time rounds to 10 ms, too
coarse for runs of a tenth of a second.

usage: bench/cpu_seconds.py OUT COMMAND [ARG...]
"""
import resource
import subprocess
import sys

with open(sys.argv[1], "wb") as out:
    code = subprocess.run(sys.argv[2:], stdout=out).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.4f" % (usage.ru_utime + usage.ru_stime))
sys.exit(code)
