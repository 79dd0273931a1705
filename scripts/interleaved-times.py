#!/usr/bin/python3
"""Times whole commands side by side, alternating them run by run, so that both meet the same
minutes of a shared machine whose speed changes from one minute to the next (on the benchmark VM
the same binary takes anywhere from 45 to 65 ms, minute by minute). Prints each command's median,
mean, first quartile and fastest run, in ms.

    scripts/interleaved-times.py 300 "old/yearbook build --output /tmp/a" "new/yearbook build --output /tmp/b"

Each round runs every command once, in turn, the order reversed every other round. A command is
split on spaces and run without a shell; its output is discarded. Times include starting the
process from Python (about 1 ms more than hyperfine's `-N`).
"""
import statistics
import subprocess
import sys
import time


def main() -> None:
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit('usage: interleaved-times.py ROUNDS "command one" ["command two" …]')
    rounds, commands = int(sys.argv[1]), sys.argv[2:]
    times: dict[str, list[float]] = {command: [] for command in commands}
    for round in range(rounds):
        for command in commands if round % 2 == 0 else reversed(commands):
            start = time.perf_counter()
            subprocess.run(command.split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[command].append((time.perf_counter() - start) * 1000)
    for command, values in times.items():
        values.sort()
        print(f"median {statistics.median(values):6.1f}  mean {statistics.mean(values):6.1f}  "
              f"p25 {values[len(values) // 4]:6.1f}  min {values[0]:6.1f}  {command}")


if __name__ == "__main__":
    main()
