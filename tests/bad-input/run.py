#!/usr/bin/env python3
"""Runs a redline binary over every case of cases.toml and reports what broke the contract.

    python3 tests/bad-input/run.py [--bin target/release/redline] [--timeout 10] [--mem-gb 4]
                                   [--json results.json] [FILTER…]

Each case runs with a wall-clock timeout and an address-space limit (so a memory bomb ends in an
allocation failure instead of taking the machine). `check` cases run with `--format json` (unless
the case names a format) so that `finds` can be verified; the exit codes do not depend on it.
Outcomes: ok, alt (an exit listed in exit_also), PANIC, TIMEOUT, SIGNAL (killed, e.g. abort on
a failed allocation or a stack overflow), EXIT (another exit code), MISSING (exit as expected
but a term of `finds` was not reported), MEMORY (peak RSS over --max-rss-mb), SLOW (over
--slow seconds). Exits 1 when any case is not ok/alt. Stdlib only (Python 3.11+).
"""

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def command(binary, c):
    path = os.path.join(HERE, c["file"])
    args = list(c.get("args", []))
    if c["run"] == "audit":
        return [binary, "audit", *args, path]
    if c["run"] == "check":
        if "--format" not in args:
            args = ["--format", "json", *args]
        return [binary, "check", *args, path]
    return [binary, "test", "--rules", path, *args]


def run(cmd, timeout, mem_bytes):
    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))
        os.setsid()

    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=limits, cwd=REPO,
                            env={**os.environ, "NO_COLOR": "1"})
    out, err = [], []
    readers = [threading.Thread(target=lambda s=s, b=b: b.append(s.read()), daemon=True)
               for s, b in ((proc.stdout, out), (proc.stderr, err))]
    for t in readers:
        t.start()
    timed_out = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - started > timeout:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.01)
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join(5)
    return dict(code=proc.returncode, timed_out=timed_out, seconds=time.monotonic() - started,
                rss_mb=usage.ru_maxrss / 1024, stdout=(out or [b""])[0], stderr=(err or [b""])[0])


def reported_terms(c, stdout):
    terms = set()
    text = stdout.decode("utf-8", "replace")
    if c["run"] == "check":
        try:
            terms |= {f.get("term", "").lower() for f in json.loads(text).get("findings", [])}
        except (ValueError, AttributeError):
            pass
    elif c["run"] == "audit" and "csv" in c.get("args", []):
        import csv
        import io
        for record in csv.DictReader(io.StringIO(text)):
            if record.get("status") == "finding":
                terms.add(record.get("term", "").lower())
    elif c["run"] == "audit":
        for line in text.splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and record.get("status") == "finding":
                terms.add(str(record.get("term", "")).lower())
    return terms


def judge(c, r, max_rss_mb, slow_seconds):
    stderr = r["stderr"].decode("utf-8", "replace")
    expected = [c["exit"], *c.get("exit_also", [])]
    if r["timed_out"]:
        return "TIMEOUT", ""
    if r["code"] == 101 or "panicked" in stderr:
        line = next((l for l in stderr.splitlines() if "panicked" in l), "")
        return "PANIC", line.strip()[:160]
    if r["code"] < 0:
        why = ("memory allocation failed" if "memory allocation" in stderr
               else "stack overflow" if "overflowed its stack" in stderr else "")
        return "SIGNAL", f"{signal.Signals(-r['code']).name} {why}".strip()
    if r["code"] not in expected:
        last = stderr.strip().splitlines()[-1][:160] if stderr.strip() else ""
        return "EXIT", last
    if r["code"] == c["exit"] and c.get("finds"):
        missing = [t for t in c["finds"] if t.lower() not in reported_terms(c, r["stdout"])]
        if missing:
            return "MISSING", "not reported: " + ", ".join(missing)
    if r["rss_mb"] > max_rss_mb:
        return "MEMORY", f"peak RSS {r['rss_mb']:.0f} MB (exit {r['code']})"
    if r["seconds"] > slow_seconds:
        return "SLOW", f"{r['seconds']:.1f} s (exit {r['code']})"
    return ("ok" if r["code"] == c["exit"] else "alt"), ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(REPO, "target/release/redline"))
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--mem-gb", type=float, default=4)
    parser.add_argument("--max-rss-mb", type=float, default=512,
                        help="flag a case whose peak RSS exceeds this (MEMORY)")
    parser.add_argument("--slow", type=float, default=5, help="flag a case slower than this (SLOW)")
    parser.add_argument("--json", help="write every result here")
    parser.add_argument("filter", nargs="*", help="substrings of case file names to run")
    a = parser.parse_args()
    with open(os.path.join(HERE, "cases.toml"), "rb") as f:
        cases = tomllib.load(f)["case"]
    if a.filter:
        cases = [c for c in cases if any(s in c["file"] for s in a.filter)]
    results, bad = [], 0
    for c in cases:
        r = run(command(a.bin, c), a.timeout, int(a.mem_gb * (1 << 30)))
        outcome, detail = judge(c, r, a.max_rss_mb, a.slow)
        bad += outcome not in ("ok", "alt")
        got = "timeout" if r["timed_out"] else r["code"]
        want = "/".join(str(e) for e in [c["exit"], *c.get("exit_also", [])])
        results.append(dict(file=c["file"], run=c["run"], want=want, got=got, outcome=outcome,
                            detail=detail, seconds=round(r["seconds"], 2), rss_mb=round(r["rss_mb"])))
        mark = " " if outcome in ("ok", "alt") else "!"
        print(f"{mark} {outcome:8} {c['file']:48} want {want:5} got {str(got):7} "
              f"{r['seconds']:6.2f}s {r['rss_mb']:7.0f}MB  {detail}", flush=True)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, ensure_ascii=False, indent=1)
    counts = {}
    for r in results:
        counts[r["outcome"]] = counts.get(r["outcome"], 0) + 1
    print(f"\n{len(results)} cases: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
