#!/usr/bin/env python3
"""matplotlib (Agg) timings for the two chart benchmarks of `reglessons bench --only line-chart,decision-map`.

How to run (from the repository root, after `bash scripts/reference/setup-venv.sh`):

    .build/release/reglessons bench --only line-chart --only decision-map --json .build/bench-charts.json
    .build/reference-venv/bin/python scripts/reference/bench-charts.py [--repeats N] [--ours .build/bench-charts.json]

Both sides draw the same data (the formulas are repeated in Sources/ReglessonsCore/Bench/ChartBenchmark.swift)
on a 720 x 440 px figure and write it to memory once as SVG and once as a 2x PNG (dpi 200 for a 7.2 x 4.4 in
figure); a run is the time for both files, layout included. The median of --repeats runs (default 10,
after one warm-up) is reported in seconds.

  line-chart    4 lines x 4,000 points, title, axis labels, grid, legend
  decision-map  a 200 x 200 probability grid shown as an interpolated image with a colour bar, its 0.5
                contour, and 100 points in two classes on top

--ours PATH reads {"line-chart": s, "decision-map": s} and prints matplotlib / ours (> 1: ours faster).
"""
import argparse
import io
import json
import math
import statistics
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def line_data():
    x = np.arange(4000, dtype=float)
    ys = [0.5 + 0.4 * np.sin(x / 300 + k) * np.exp(-x / 4000) + 0.02 * np.sin(x * (k + 1) * 0.7)
          for k in range(4)]
    return x, ys


def field_data():
    n = 200
    xs = -1.5 + 4.0 * (np.arange(n) + 0.5) / n
    ys = -1.0 + 2.5 * (np.arange(n) + 0.5) / n
    gx, gy = np.meshgrid(xs, ys)
    p = 1 / (1 + np.exp(-4 * (gy - 0.5 * np.sin(2 * gx) - 0.25)))
    t = np.arange(100) / 100 * math.pi
    px = np.where(np.arange(100) % 2 == 0, np.cos(t), 1 - np.cos(t))
    py = np.where(np.arange(100) % 2 == 0, np.sin(t), 0.5 - np.sin(t))
    classes = np.arange(100) % 2
    return p, px, py, classes


def line_chart():
    x, ys = line_data()
    fig, ax = plt.subplots(figsize=(7.2, 4.4), dpi=100)
    for k, y in enumerate(ys):
        ax.plot(x, y, label=f"series {k + 1}")
    ax.set_title("Four training curves")
    ax.set_xlabel("epoch")
    ax.set_ylabel("accuracy")
    ax.grid(True)
    ax.legend()
    return fig


def decision_map():
    p, px, py, classes = field_data()
    fig, ax = plt.subplots(figsize=(7.2, 4.4), dpi=100)
    image = ax.imshow(p, extent=(-1.5, 2.5, -1.0, 1.5), origin="lower", interpolation="bilinear",
                      cmap="viridis", aspect="auto")
    fig.colorbar(image, ax=ax, label="P(class 1)")
    xs = -1.5 + 4.0 * (np.arange(200) + 0.5) / 200
    ys = -1.0 + 2.5 * (np.arange(200) + 0.5) / 200
    ax.contour(xs, ys, p, levels=[0.5], colors="black")
    ax.scatter(px[classes == 0], py[classes == 0], label="class 0")
    ax.scatter(px[classes == 1], py[classes == 1], marker="s", label="class 1")
    ax.set_title("Decision boundary")
    ax.set_xlabel("x₁")
    ax.set_ylabel("x₂")
    ax.legend()
    return fig


def once(make):
    start = time.perf_counter()
    fig = make()
    fig.savefig(io.BytesIO(), format="svg")
    fig.savefig(io.BytesIO(), format="png", dpi=200)
    plt.close(fig)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--ours")
    args = parser.parse_args()
    ours = json.load(open(args.ours)) if args.ours else {}
    for name, make in (("line-chart", line_chart), ("decision-map", decision_map)):
        once(make)
        median = statistics.median(once(make) for _ in range(args.repeats))
        line = f"matplotlib {name} {median:.4f} s"
        if name in ours:
            line += f"  (ours {ours[name]:.4f} s, matplotlib / ours = {median / ours[name]:.1f})"
        print(line)


if __name__ == "__main__":
    main()
