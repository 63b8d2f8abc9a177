#!/usr/bin/env python3
"""Reference timings (PyTorch on CPU, hand-written NumPy) for the Swift engine's benchmarks.

How to run (from the repository root):

    bash scripts/reference/setup-venv.sh
    .build/reference-venv/bin/python scripts/reference/bench-reference.py [--repeats N] [--json]
        [--only case-study,cnn-digits,lstm-sine] [--ours PATH]

Everything runs on one thread (OMP/MKL/OPENBLAS_NUM_THREADS=1 set before numpy/torch load, and
torch.set_num_threads(1)). Each benchmark times the training loop only (model built and data made
beforehand, fresh weights each repeat) and reports the median of --repeats runs (default 3):

  pytorch case-study  Dense(2->500, relu) -> Dense(500->1, sigmoid) on the 30 moons training points,
                      batch 32 (one step per epoch), torch.optim.Adam(lr 1e-3, eps 1e-7), BCE on
                      clipped probabilities (Keras's formula), 4,000 epochs
  numpy   case-study  the same training written by hand in float32 NumPy (preallocated buffers,
                      in-place ops, Keras's Adam), 4,000 steps
  pytorch cnn-digits  Conv2D(16, 3x3, valid, relu) -> MaxPool2D(2x2) -> Flatten -> Dense(10, softmax),
                      sparse categorical cross-entropy, all 1,797 load_digits images / 16, batch 32,
                      shuffled, Adam, 5 epochs
  pytorch lstm-sine   LSTM(32) -> Dense(1), MSE, 1,000 noisy-sine windows (20 steps x 1 feature,
                      predict the next value), batch 32, shuffled, Adam, 5 epochs

Output: one line per benchmark, "<framework> <benchmark> <seconds> s"; with --json, a JSON summary
after them. --ours PATH reads our engine's timings, {"case-study": s, "cnn-digits": s,
"lstm-sine": s} (any subset), and prints the ratios pytorch/ours and numpy/ours (> 1: ours faster).
"""
import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402

torch.set_num_threads(1)

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
F32 = np.float32
EPOCHS_CASE, EPOCHS_SMALL, BATCH = 4000, 5, 32


# --------------------------------------------------------------------------------------------
# Data


def moons30():
    """The case study's 30 training points (first case of the committed moons fixture)."""
    with open(os.path.join(REPO, "Tests", "DatasetsTests", "Fixtures", "moons.json")) as f:
        case = json.load(f)["cases"][0]
    x = np.array([float.fromhex(s) for s in case["x"]]).reshape(case["shape"])[:30]
    return x.astype(F32), np.array(case["y"][:30], F32).reshape(30, 1)


def digits():
    from sklearn.datasets import load_digits

    d = load_digits()
    return (d.images / 16.0).astype(F32)[:, None], d.target.astype(np.int64)  # NCHW, labels


def noisy_sine(n=1000, steps=20):
    """sin(2 pi f t + phi) + 0.1 N(0,1), f in [0.02, 0.1), phi in [0, 2 pi); RandomState(0), drawn
    in the order f, phi, noise; x = values at t = 0..19, target = value at t = 20."""
    rng = np.random.RandomState(0)
    f = rng.uniform(0.02, 0.1, size=(n, 1))
    phi = rng.uniform(0.0, 2 * math.pi, size=(n, 1))
    t = np.arange(steps + 1)[None, :]
    series = np.sin(2 * math.pi * f * t + phi) + 0.1 * rng.standard_normal((n, steps + 1))
    return series[:, :steps, None].astype(F32), series[:, steps:].astype(F32)


# --------------------------------------------------------------------------------------------
# PyTorch benchmarks (each returns the final training loss, a sanity value)


def bce_probabilities(p, y):
    pc = torch.clamp(p, 1e-7, 1 - 1e-7)
    return torch.mean(-(y * torch.log(pc) + (1 - y) * torch.log(1 - pc)))


def glorot_(module):
    for m in module.modules():
        if isinstance(m, (torch.nn.Linear, torch.nn.Conv2d)):
            torch.nn.init.xavier_uniform_(m.weight)
            torch.nn.init.zeros_(m.bias)


def torch_case_study(seed):
    torch.manual_seed(seed)
    x, y = (torch.from_numpy(a) for a in moons30())
    model = torch.nn.Sequential(torch.nn.Linear(2, 500), torch.nn.ReLU(), torch.nn.Linear(500, 1),
                                torch.nn.Sigmoid())
    glorot_(model)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    start = time.perf_counter()
    for _ in range(EPOCHS_CASE):  # 30 samples <= batch 32: one full-batch step per epoch
        opt.zero_grad(set_to_none=True)
        loss = bce_probabilities(model(x), y)
        loss.backward()
        opt.step()
    return time.perf_counter() - start, loss.item()


def torch_minibatch(model, loss_fn, x, y, seed):
    """Shuffled mini-batch Adam training for EPOCHS_SMALL epochs; returns (seconds, last loss)."""
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    gen = torch.Generator().manual_seed(seed)
    n = len(x)
    start = time.perf_counter()
    for _ in range(EPOCHS_SMALL):
        perm = torch.randperm(n, generator=gen)
        for i in range(0, n, BATCH):
            idx = perm[i:i + BATCH]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            opt.step()
    return time.perf_counter() - start, loss.item()


def torch_cnn_digits(seed):
    torch.manual_seed(seed)
    x, y = (torch.from_numpy(a) for a in digits())
    model = torch.nn.Sequential(torch.nn.Conv2d(1, 16, 3), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
                                torch.nn.Flatten(), torch.nn.Linear(16 * 3 * 3, 10))
    glorot_(model)
    # Softmax + sparse categorical cross-entropy == CrossEntropyLoss on logits.
    return torch_minibatch(model, torch.nn.functional.cross_entropy, x, y, seed)


class LstmRegressor(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(1, 32, batch_first=True)
        self.dense = torch.nn.Linear(32, 1)

    def forward(self, x):
        return self.dense(self.lstm(x)[0][:, -1])


def torch_lstm_sine(seed):
    torch.manual_seed(seed)
    x, y = (torch.from_numpy(a) for a in noisy_sine())
    return torch_minibatch(LstmRegressor(), torch.nn.functional.mse_loss, x, y, seed)


# --------------------------------------------------------------------------------------------
# NumPy case study, written for speed: one flat float32 buffer holds all parameters (views for
# each tensor), one holds all gradients, so Keras's Adam is a few vector ops over 2,001 floats.


def numpy_case_study(seed):
    x, y = moons30()
    n, d_in, hidden = len(x), 2, 500
    rng = np.random.RandomState(seed)
    sizes = [d_in * hidden, hidden, hidden, 1]
    params, grads = np.zeros(sum(sizes), F32), np.zeros(sum(sizes), F32)

    def views(buf):
        o = np.cumsum([0] + sizes)
        return (buf[o[0]:o[1]].reshape(d_in, hidden), buf[o[1]:o[2]],
                buf[o[2]:o[3]].reshape(hidden, 1), buf[o[3]:o[4]])

    w1, b1, w2, b2 = views(params)
    g1, gb1, g2, gb2 = views(grads)
    w1[...] = rng.uniform(-1, 1, w1.shape) * math.sqrt(6 / (d_in + hidden))
    w2[...] = rng.uniform(-1, 1, w2.shape) * math.sqrt(6 / (hidden + 1))
    m, v, tmp, tmp2 = (np.zeros_like(params) for _ in range(4))
    z1, h, dh = (np.empty((n, hidden), F32) for _ in range(3))
    mask = np.empty((n, hidden), bool)
    z2, p, dz = (np.empty((n, 1), F32) for _ in range(3))
    xt, w2t = np.ascontiguousarray(x.T), w2.reshape(1, hidden)  # w2t is a view of w2
    lo, hi, inv_n = F32(1e-7), F32(1 - 1e-7), F32(1 / n)
    c1, c2, eps = F32(1 - 0.9), F32(1 - 0.999), F32(1e-7)
    b1_32, b2_32, lr = F32(0.9), F32(0.999), F32(1e-3)

    start = time.perf_counter()
    for t in range(1, EPOCHS_CASE + 1):
        # forward
        np.matmul(x, w1, out=z1)
        z1 += b1
        np.maximum(z1, 0, out=h)
        np.matmul(h, w2, out=z2)
        z2 += b2
        np.negative(z2, out=p)
        np.exp(p, out=p)
        p += 1
        np.reciprocal(p, out=p)  # sigmoid
        np.clip(p, lo, hi, out=dz)
        loss = -np.mean(y * np.log(dz) + (1 - y) * np.log(1 - dz))
        # backward: dL/dz2 = (clip(p) - y)/n where p is inside the clip range
        dz -= y
        dz *= inv_n
        dz *= (p >= lo) & (p <= hi)
        np.matmul(h.T, dz, out=g2)
        gb2[0] = dz.sum()
        np.multiply(dz, w2t, out=dh)  # outer product dz2 w2^T
        np.greater(z1, 0, out=mask)
        dh *= mask
        np.matmul(xt, dh, out=g1)
        np.sum(dh, axis=0, out=gb1)
        # Keras Adam over the flat buffers
        alpha = lr * np.sqrt(F32(1) - b2_32 ** F32(t)) / (F32(1) - b1_32 ** F32(t))
        np.subtract(grads, m, out=tmp)
        tmp *= c1
        m += tmp
        np.square(grads, out=tmp)
        tmp -= v
        tmp *= c2
        v += tmp
        np.sqrt(v, out=tmp)
        tmp += eps
        np.multiply(m, alpha, out=tmp2)
        tmp2 /= tmp
        params -= tmp2
    return time.perf_counter() - start, float(loss)


# --------------------------------------------------------------------------------------------


BENCHMARKS = [
    ("pytorch", "case-study", torch_case_study),
    ("pytorch", "cnn-digits", torch_cnn_digits),
    ("pytorch", "lstm-sine", torch_lstm_sine),
    ("numpy", "case-study", numpy_case_study),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3, help="runs per benchmark; the median is reported")
    ap.add_argument("--json", action="store_true", help="print a JSON summary after the lines")
    ap.add_argument("--only", default="", help="comma-separated benchmark names to run")
    ap.add_argument("--ours", metavar="PATH", help="JSON of our engine's timings in seconds")
    args = ap.parse_args()
    only = {s for s in args.only.split(",") if s}

    results = {}
    for framework, name, fn in BENCHMARKS:
        if only and name not in only:
            continue
        runs = [fn(seed) for seed in range(args.repeats)]
        seconds = statistics.median(r[0] for r in runs)
        results.setdefault(framework, {})[name] = {
            "median_s": round(seconds, 4),
            "runs_s": [round(r[0], 4) for r in runs],
            "final_loss": [round(r[1], 6) for r in runs],
        }
        print(f"{framework} {name} {seconds:.3f} s", flush=True)

    ratios = {}
    if args.ours:
        with open(args.ours) as f:
            ours = json.load(f)
        for framework, table in results.items():
            for name, r in table.items():
                if name in ours and ours[name] > 0:
                    ratio = r["median_s"] / ours[name]
                    ratios.setdefault(framework, {})[name] = round(ratio, 3)
                    print(f"ratio {framework}/ours {name} {ratio:.3f}")

    if args.json:
        summary = {
            "repeats": args.repeats,
            "threads": torch.get_num_threads(),
            "torch": torch.__version__,
            "numpy": np.__version__,
            "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
            "results": results,
        }
        if ratios:
            summary["ratios_vs_ours"] = ratios
        print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
