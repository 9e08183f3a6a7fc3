#!/usr/bin/env python3
"""How redline's time grows with its input: each input family at n, 2n, 4n and 8n, the median of
three runs of the release binary at each size, and the ratio from one size to the next. Linear
work doubles (ratio about 2); a quadratic path would show about 4.

    python3 benches/growth.py [--bin target/release/redline] [--runs 3]

The families are the inputs that once grew with the square of their size: many matches of a
phrase in one name, an offer repeated line after line on a page, a long scope list, many unknown
keys, many script blocks, and an entity list with CR-only line ends.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def name(n):
    return "name.yaml", "name: " + "比特币" * n + "\n"


def page(n):
    return "page.md", "本平台提供比特币与人民币兑换服务，立即注册即可交易。\n" * n


def scope(n):
    items = "".join(f"  - 软件开发{i}\n" for i in range(n))
    return "scope.yaml", "name: 某某科技有限公司\nbusiness_scope:\n" + items + "  - 虚拟货币兑换\n"


def keys(n):
    return "keys.yaml", "name: 稳定币科技有限公司\n" + "".join(f"k{i}: v\n" for i in range(n))


def scripts(n):
    return "page.html", "<p>本平台提供稳定币兑换</p>" + "<script>var a = '<p>RWA</p>';</script>" * n


def cr_csv(n):
    rows = "".join(
        f"某某{i}科技有限公司,{'虚拟货币兑换' if i % 1000 == 0 else '软件开发'}\r" for i in range(n)
    )
    return "list.csv", "企业名称,经营范围\r" + rows


# (family, generator, command, sizes)
FAMILIES = [
    ("name: repetitions of a phrase", name, ["check", "--format", "json"], 12_500),
    ("page: lines repeating an offer", page, ["check"], 1_250),
    ("scope: items in a list", scope, ["check", "--format", "json"], 12_500),
    ("filing: unknown keys", keys, ["check", "--format", "json"], 12_500),
    ("html: script blocks", scripts, ["check", "--format", "json"], 25_000),
    ("csv: rows with CR-only line ends", cr_csv, ["audit", "-o", os.devnull], 125_000),
]


def timed(binary, command, path, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([binary, *command, path], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            sys.exit(f"{path}: exit {done.returncode}")
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(REPO, "target/release/redline"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not os.path.exists(args.bin):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for family, generate, command, base in FAMILIES:
            print(family)
            previous = None
            for step in range(4):
                n = base << step
                file, text = generate(n)
                path = os.path.join(tmp, file)
                with open(path, "w", encoding="utf-8", newline="") as out:
                    out.write(text)
                seconds = timed(args.bin, command, path, args.runs)
                ratio = f"× {seconds / previous:.2f}" if previous else ""
                if previous:
                    worst = max(worst, seconds / previous)
                print(f"  n = {n:>9,}  {len(text.encode()) / 1e6:7.1f} MB  {seconds:7.3f} s  {ratio}")
                previous = seconds
    print(f"largest step ratio: {worst:.2f} (linear ≈ 2; startup makes small sizes less)")


if __name__ == "__main__":
    main()
