"""Drives `wa-cost init` through a real pseudo-terminal, as a person would.

Usage: python3 drive-init.py <cwd> <script.json> -- <command...>
The script is a list of [expected text, keys to send]; each step waits (10 s at most) until the
expected text has appeared on the terminal since the previous step, then types the keys. Prints the
whole terminal transcript and exits with the command's exit code (or 124 when a prompt never came).
"""
import json
import os
import pty
import select
import sys
import time

cwd, script_file = sys.argv[1], sys.argv[2]
command = sys.argv[sys.argv.index('--') + 1:]
steps = json.load(open(script_file))

pid, fd = pty.fork()
if pid == 0:
    os.chdir(cwd)
    os.environ['COLUMNS'] = '120'
    os.environ.pop('CI', None)  # some prompt libraries change behaviour on CI
    os.execvp(command[0], command)

transcript = b''
seen_upto = 0


def read_some(timeout):
    global transcript
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return False
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        return None
    if not chunk:
        return None
    transcript += chunk
    return True


for expected, keys in steps:
    deadline = time.time() + 10
    while expected.encode() not in transcript[seen_upto:]:
        if time.time() > deadline or read_some(0.2) is None:
            sys.stdout.write(transcript.decode('utf8', 'replace'))
            sys.stderr.write(f'\nprompt never came: {expected!r}\n')
            os.kill(pid, 9)
            sys.exit(124)
    seen_upto = transcript.index(expected.encode(), seen_upto) + len(expected)
    time.sleep(0.05)
    os.write(fd, keys.encode())

while read_some(5) is not None:
    pass
_, status = os.waitpid(pid, 0)
sys.stdout.write(transcript.decode('utf8', 'replace'))
sys.exit(os.waitstatus_to_exitcode(status))
