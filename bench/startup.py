#!/usr/bin/env python3
"""Time from process start to Home drawn, and memory then, for the desktop
window (`parcours-desktop --startup-probe`, GTK + WebKit, a stand-in for the
phone's WebView) beside the same app rendered to HTML by dioxus-ssr
(`startup_ssr` example), in the same run, alternating. Both build the large
benchmark dossier in memory and render Home in French.

Memory is read when the line `drawn` appears, over the process and its
children (WebKit runs its web and network processes apart): PSS (shared
pages split between the processes that map them) and RSS.

Usage: startup.py DESKTOP_BIN SSR_BIN [RUNS]   (DISPLAY must be set)
"""
import os
import signal
import statistics
import subprocess
import sys
import time


def children(pid):
    """pid and all its descendants."""
    by_parent = {}
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open(f'/proc/{entry}/stat') as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(')', 1)[1].split()[1])
        by_parent.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(by_parent.get(p, []))
    return out


def memory_kib(pid):
    """(PSS, RSS) in KiB over pid and its descendants."""
    pss = rss = 0
    for p in children(pid):
        try:
            with open(f'/proc/{p}/smaps_rollup') as f:
                for line in f:
                    if line.startswith('Pss:'):
                        pss += int(line.split()[1])
                    elif line.startswith('Rss:'):
                        rss += int(line.split()[1])
        except OSError:
            pass
    return pss, rss


def run_once(cmd, timeout=120):
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    try:
        deadline = t0 + timeout
        while True:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f'{cmd[0]} ended before drawing Home (exit {proc.wait()})')
            if line.startswith('drawn'):
                elapsed = time.monotonic() - t0
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f'{cmd[0]}: no "drawn" line in {timeout} s')
        pss, rss = memory_kib(proc.pid)
        return elapsed, pss, rss
    finally:
        try:
            proc.stdin.close()
        except OSError:
            pass
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def main():
    desktop, ssr = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    results = {'desktop': [], 'ssr': []}
    # One warm-up each (disk cache), not counted.
    run_once([desktop, '--startup-probe'])
    run_once([ssr])
    for _ in range(runs):
        results['desktop'].append(run_once([desktop, '--startup-probe']))
        results['ssr'].append(run_once([ssr]))

    def med(name, i):
        return statistics.median(r[i] for r in results[name])

    d_t, s_t = med('desktop', 0), med('ssr', 0)
    d_pss, s_pss = med('desktop', 1), med('ssr', 1)
    d_rss, s_rss = med('desktop', 2), med('ssr', 2)
    print(f'runs: {runs} each, alternating, medians; large dossier, Home in French')
    print(f'process start -> Home drawn: desktop window {d_t * 1000:.0f} ms, '
          f'dioxus-ssr string {s_t * 1000:.0f} ms, ratio {d_t / s_t:.1f}')
    print(f'memory when drawn (PSS, all processes): desktop {d_pss / 1024:.1f} MiB, '
          f'dioxus-ssr {s_pss / 1024:.1f} MiB, ratio {d_pss / s_pss:.1f}')
    print(f'memory when drawn (RSS, summed): desktop {d_rss / 1024:.1f} MiB, '
          f'dioxus-ssr {s_rss / 1024:.1f} MiB')
    spread = [r[0] * 1000 for r in results['desktop']]
    print(f'desktop times (ms): {", ".join(f"{t:.0f}" for t in spread)}')


if __name__ == '__main__':
    main()
