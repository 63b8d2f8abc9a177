#!/usr/bin/env python3
"""Reference fixtures for the Swift training engine (Tests/EngineTests/Fixtures/*.json).

Run from the repository root (the venv comes from setup-venv.sh):

    bash scripts/reference/setup-venv.sh
    .build/reference-venv/bin/python scripts/reference/make-engine-fixtures.py

Writes case-study-adam.json, conv2d-adam.json and lstm-adam.json. Everything is float32 and
deterministic (fixed seeds, one thread, torch deterministic algorithms): running the script twice
gives byte-identical files on the same machine. Forward passes and gradients come from PyTorch
autograd; the optimizer is *Keras 3's* Adam written out by hand in float32 numpy (keras_adam_step
below), because PyTorch's Adam places epsilon differently (spec section 9).

JSON conventions (all fixtures):
  * Every array is {"shape": [...], "values": [...]}: values flattened row-major (C order), each
    a float32 value written as the shortest decimal of that exact value (Python repr of the
    float32 widened to float64), so parsing it as Float or Double is exact.
  * Keras layouts: Dense kernel (in, out); Conv2D kernel (kh, kw, in, out); images NHWC;
    LSTM kernel (in, 4u), recurrent_kernel (u, 4u), bias (4u), gate blocks i, f, c, o.
  * "parameters" lists the parameter names in a fixed order; "weights", "gradients", "adam_m",
    "adam_v" are objects keyed by those names.
  * Loss: Keras binary cross-entropy on probabilities, p = clip(sigmoid(z), 1e-7, 1 - 1e-7),
    loss = mean over samples of -(y log p + (1 - y) log(1 - p)), in nats; full batch.
  * "steps": Adam step t (t = 1, 2, ...) evaluates loss and gradients at the weights *before*
    the step (the weights after step t - 1) and then updates; "loss" and "gradients" of step t
    are those, "weights"/"adam_m"/"adam_v" are the state *after* step t. "initial" holds the
    weights before step 1 and the loss/gradients there (equal to step 1's).
"""
import json
import math
import os
import sys

for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[var] = "1"

import numpy as np  # noqa: E402
import torch  # noqa: E402

torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT_DIR = os.path.join(REPO, "Tests", "EngineTests", "Fixtures")
MOONS = os.path.join(REPO, "Tests", "DatasetsTests", "Fixtures", "moons.json")

F32 = np.float32
EPS_BCE = 1e-7  # keras.backend.epsilon()


# --------------------------------------------------------------------------------------------
# JSON output


def arr(a):
    """A float32 array as {"shape", "values"} with exact float32 values."""
    a = np.ascontiguousarray(np.asarray(a, dtype=F32))
    return {"shape": list(a.shape), "values": [float(v) for v in a.reshape(-1)]}


def f32(x):
    """A float32 scalar as an exact JSON number."""
    return float(F32(x))


def dumps(obj, indent=0):
    """Readable, stable JSON: nested objects indented, each array on one line."""
    pad = " " * indent
    if isinstance(obj, dict) and not ("values" in obj and "shape" in obj):
        if not obj:
            return "{}"
        items = [f'{pad} {json.dumps(k)}: {dumps(v, indent + 1)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list) and obj and isinstance(obj[0], dict):
        items = [pad + " " + dumps(v, indent + 1) for v in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(obj, separators=(",", ":"), allow_nan=False)


def write(name, obj):
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.join(OUT_DIR, name)
    with open(path, "w") as f:
        f.write(dumps(obj) + "\n")
    print(f"wrote {os.path.relpath(path, REPO)} ({os.path.getsize(path)} bytes)")


# --------------------------------------------------------------------------------------------
# Initializers (numpy RandomState, float64 draws cast to float32)


def glorot_uniform(rng, shape):
    """Keras glorot_uniform bound sqrt(6/(fan_in+fan_out)) with Keras fans (spec section 8);
    drawn as rng.uniform(-limit, limit, size=shape), row-major, in the Keras layout."""
    receptive = int(np.prod(shape[:-2])) if len(shape) > 2 else 1
    fan_in, fan_out = shape[-2] * receptive, shape[-1] * receptive
    limit = math.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, size=shape).astype(F32)


def orthogonal(rng, shape):
    """Keras 3 orthogonal(gain=1): QR of a standard normal (max, min) matrix, columns of Q times
    sign(diag R), transposed when rows < cols (numpy QR, so not Keras's exact random values)."""
    rows, cols = int(np.prod(shape[:-1])), shape[-1]
    a = rng.standard_normal((max(rows, cols), min(rows, cols)))
    q, r = np.linalg.qr(a)
    q = q * np.sign(np.diag(r))
    if rows < cols:
        q = q.T
    return np.ascontiguousarray(q.reshape(shape), dtype=F32)


# --------------------------------------------------------------------------------------------
# Keras 3 Adam, by hand, float32 (keras/src/optimizers/adam.py, update_step)

LR, BETA_1, BETA_2, EPSILON = 1e-3, 0.9, 0.999, 1e-7
ADAM_DOC = (
    "Keras 3 Adam in float32, t = 1, 2, ...: b1p = powf(0.9f, t); b2p = powf(0.999f, t); "
    "alpha = (lr * sqrt(1 - b2p)) / (1 - b1p); m = m + (g - m) * 0.1f; "
    "v = v + (g*g - v) * 0.001f; w = w - (m * alpha) / (sqrt(v) + 1e-7f); "
    "m, v start at 0; lr = 1e-3f"
)


def keras_adam_step(weights, grads, m, v, t):
    """One Keras Adam step on dicts of float32 arrays, in place, op for op as Keras does it."""
    lr = F32(LR)
    t32 = F32(t)
    b1p = np.power(F32(BETA_1), t32)
    b2p = np.power(F32(BETA_2), t32)
    alpha = lr * np.sqrt(F32(1) - b2p) / (F32(1) - b1p)
    one_minus_b1 = F32(1 - BETA_1)  # Python 1 - 0.9 cast to float32, as Keras's ops do
    one_minus_b2 = F32(1 - BETA_2)
    for name in weights:
        g = grads[name]
        m[name] += (g - m[name]) * one_minus_b1
        v[name] += (g * g - v[name]) * one_minus_b2
        weights[name] -= (m[name] * alpha) / (np.sqrt(v[name]) + F32(EPSILON))
        assert weights[name].dtype == F32 and m[name].dtype == F32 and v[name].dtype == F32


def check_adam_against_spec():
    """Spec T9.2 (ran in Keras, float32): g = 1e-6 twice from w = 1 gives 0.9997597337,
    0.9994508028; T9.1 (float64 formula): g = 0.1, -0.2, 0.05 gives 0.9990000316,
    0.9993661300, 0.9995028187."""
    for grads, expected, tol in (([1e-6, 1e-6], [0.9997597337, 0.9994508028], 1e-9),
                                 ([0.1, -0.2, 0.05], [0.9990000316, 0.9993661300, 0.9995028187], 1e-7)):
        w, m, v = {"w": np.ones(1, F32)}, {"w": np.zeros(1, F32)}, {"w": np.zeros(1, F32)}
        for t, (g, want) in enumerate(zip(grads, expected), start=1):
            keras_adam_step(w, {"w": np.full(1, g, F32)}, m, v, t)
            assert abs(float(w["w"][0]) - want) < tol, (grads, t, float(w["w"][0]), want)
    print("check: Keras Adam by hand matches spec T9.1 and T9.2")


# --------------------------------------------------------------------------------------------
# Loss and a generic training loop


def bce(p, y):
    """Keras binary cross-entropy on probabilities (clipped), mean over samples."""
    pc = torch.clamp(p, EPS_BCE, 1 - EPS_BCE)
    return torch.mean(-(y * torch.log(pc) + (1 - y) * torch.log(1 - pc)))


def loss_and_grads(forward, weights, names):
    """Loss and Keras-layout gradients at `weights` (dict of float32 numpy arrays)."""
    params = {k: torch.tensor(weights[k], requires_grad=True) for k in names}
    loss, extras = forward(params)
    loss.backward()
    grads = {k: params[k].grad.numpy().astype(F32).copy() for k in names}
    return F32(loss.item()), grads, extras


def train_record(forward, weights, names, record_steps):
    """Run max(record_steps) Keras-Adam steps; return (initial, steps, losses, final weights)."""
    weights = {k: weights[k].copy() for k in names}
    m = {k: np.zeros_like(weights[k]) for k in names}
    v = {k: np.zeros_like(weights[k]) for k in names}
    initial_weights = {k: arr(weights[k]) for k in names}
    steps, losses, initial = [], [], None
    for t in range(1, max(record_steps) + 1):
        loss, grads, _ = loss_and_grads(forward, weights, names)
        losses.append(f32(loss))
        if t == 1:
            initial = {"weights": initial_weights, "loss": f32(loss),
                       "gradients": {k: arr(grads[k]) for k in names}}
        keras_adam_step(weights, grads, m, v, t)
        if t in record_steps:
            steps.append({
                "step": t,
                "loss": f32(loss),
                "gradients": {k: arr(grads[k]) for k in names},
                "weights": {k: arr(weights[k]) for k in names},
                "adam_m": {k: arr(m[k]) for k in names},
                "adam_v": {k: arr(v[k]) for k in names},
            })
    return initial, steps, losses, weights


def about(description, extra):
    d = {
        "generator": "scripts/reference/make-engine-fixtures.py",
        "description": description,
        "torch": torch.__version__.split("+")[0],
        "numpy": np.__version__,
        "dtype": "float32",
        "layouts": "Keras: Dense kernel (in, out); Conv2D kernel (kh, kw, in, out), images NHWC; "
                   "LSTM kernel (in, 4u), recurrent_kernel (u, 4u), bias (4u), gates i, f, c, o; "
                   "arrays row-major",
        "loss": "Keras binary cross-entropy on probabilities: p = clip(sigmoid(z), 1e-7f, 1 - 1e-7f); "
                "loss = mean(-(y log p + (1 - y) log(1 - p))) over the batch (nats); gradient of "
                "clip is 1 inside [1e-7, 1 - 1e-7]",
        "optimizer": ADAM_DOC,
        "steps": "step t computes loss and gradients at the weights after step t-1, then updates; "
                 "weights/adam_m/adam_v are after step t; initial = weights before step 1 and "
                 "the loss/gradients there",
    }
    d.update(extra)
    return d


def check_gradients_numerically(loss64, weights, grads, names, label, tol=1e-5):
    """Central differences of an independent float64 numpy loss vs the float32 torch gradients."""
    w64 = {k: np.array(weights[k], np.float64, order="C") for k in names}
    worst, k_worst = 0.0, None
    for k in names:
        g = np.array(grads[k]["values"], np.float64)
        flat = w64[k].reshape(-1)
        for i in range(flat.size):
            old = flat[i]
            flat[i] = old + 1e-6
            up = loss64(w64)
            flat[i] = old - 1e-6
            down = loss64(w64)
            flat[i] = old
            err = abs((up - down) / 2e-6 - g[i])
            if err > worst:
                worst, k_worst = err, (k, i, (up - down) / 2e-6, g[i])
    assert worst < tol, (label, worst, k_worst)
    print(f"check: {label} gradients == float64 central differences (max error {worst:.1e})")


# --------------------------------------------------------------------------------------------
# (a) Case study: Dense(2 -> 500, relu) -> Dense(500 -> 1, sigmoid) on moons


def load_moons30():
    with open(MOONS) as f:
        case = json.load(f)["cases"][0]
    assert case["args"] == {"noise": 0.2, "samples": 100, "seed": 1}
    x = np.array([float.fromhex(s) for s in case["x"]]).reshape(case["shape"])[:30]
    y = np.array(case["y"][:30], dtype=F32).reshape(30, 1)
    return x.astype(F32), y


def dense_numpy_forward_backward(w, x, y):
    """Independent numpy float32 forward + hand backward for the case-study network."""
    z1 = x @ w["hidden.kernel"] + w["hidden.bias"]
    h = np.maximum(z1, F32(0))
    z2 = h @ w["output.kernel"] + w["output.bias"]
    p = F32(1) / (F32(1) + np.exp(-z2))
    pc = np.clip(p, F32(EPS_BCE), F32(1 - EPS_BCE))
    loss = np.mean(-(y * np.log(pc) + (1 - y) * np.log(1 - pc)))
    inside = (p >= F32(EPS_BCE)) & (p <= F32(1 - EPS_BCE))
    dz2 = ((pc - y) / F32(len(x))) * inside  # d loss / d z2 (sigmoid + BCE)
    dh = dz2 @ w["output.kernel"].T
    dz1 = dh * (z1 > 0)
    grads = {"hidden.kernel": x.T @ dz1, "hidden.bias": dz1.sum(0),
             "output.kernel": h.T @ dz2, "output.bias": dz2.sum(0)}
    return F32(loss), grads, p


def case_study():
    x, y = load_moons30()
    rng = np.random.RandomState(0)
    names = ["hidden.kernel", "hidden.bias", "output.kernel", "output.bias"]
    weights = {
        "hidden.kernel": glorot_uniform(rng, (2, 500)),
        "hidden.bias": np.zeros(500, F32),
        "output.kernel": glorot_uniform(rng, (500, 1)),
        "output.bias": np.zeros(1, F32),
    }
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)

    def forward(p):
        h = torch.relu(xt @ p["hidden.kernel"] + p["hidden.bias"])
        z = h @ p["output.kernel"] + p["output.bias"]
        prob = torch.sigmoid(z)
        return bce(prob, yt), {"probabilities": prob.detach().numpy()}

    initial, steps, losses, final = train_record(forward, weights, names, [1, 10])

    # Self-check 1: independent numpy forward/backward at the initial weights.
    loss_np, grads_np, _ = dense_numpy_forward_backward(weights, x, y)
    assert abs(float(loss_np) - initial["loss"]) < 1e-6, (loss_np, initial["loss"])
    for k in names:
        g_t = np.array(initial["gradients"][k]["values"], F32).reshape(grads_np[k].shape)
        assert np.max(np.abs(g_t - grads_np[k])) < 1e-6, k
    # Self-check 2: the same 10 steps entirely in numpy reach the same weights.
    w_np = {k: weights[k].copy() for k in names}
    m = {k: np.zeros_like(w_np[k]) for k in names}
    v = {k: np.zeros_like(w_np[k]) for k in names}
    for t in range(1, 11):
        loss_t, g, _ = dense_numpy_forward_backward(w_np, x, y)
        assert abs(float(loss_t) - losses[t - 1]) < 1e-6
        keras_adam_step(w_np, {k: g[k].astype(F32) for k in names}, m, v, t)
    for k in names:
        assert np.max(np.abs(w_np[k] - final[k])) < 1e-5, k
    print("check: case study torch == numpy forward/backward (loss, gradients < 1e-6; "
          "10-step weights < 1e-5)")

    loss_after, _, p_after = dense_numpy_forward_backward(final, x, y)
    correct = int(np.sum((p_after > 0.5).astype(F32) == y))
    acc = correct / len(y)
    return {
        "about": about(
            "Tutorial case study: Dense(2->500, relu) -> Dense(500->1, sigmoid), BCE, Keras Adam, "
            "full batch of 30 (batch 32 >= 30: one step per epoch)",
            {"data": "make_moons(100, noise=0.2, random_state=1), first 30 rows (from "
                     "Tests/DatasetsTests/Fixtures/moons.json), x cast to float32",
             "initialization": "np.random.RandomState(0): hidden.kernel = uniform(-l1, l1, (2, 500)) "
                               "with l1 = sqrt(6/502), then output.kernel = uniform(-l2, l2, (500, 1)) "
                               "with l2 = sqrt(6/501); float64 draws cast to float32; biases zero",
             "accuracy": "after_10_steps: loss and (p > 0.5) == y count/fraction at the weights after "
                         "step 10 (a forward pass, no update)"}),
        "parameters": names,
        "x": arr(x),
        "y": arr(y),
        "initial": initial,
        "losses": losses,
        "steps": steps,
        "after_10_steps": {"loss": f32(loss_after), "train_correct": correct, "train_accuracy": acc},
    }


# --------------------------------------------------------------------------------------------
# (b) Conv2D(3, 3x3, valid, relu) -> MaxPool2D(2x2) -> Flatten -> Dense(1, sigmoid)


def conv_numpy_forward(w, x):
    """Independent numpy forward in Keras layouts (NHWC, HWIO kernel), in x's dtype."""
    k = w["conv.kernel"]
    n, hh, ww, _ = x.shape
    kh, kw, _, co = k.shape
    oh, ow = hh - kh + 1, ww - kw + 1
    z = np.zeros((n, oh, ow, co), x.dtype)
    for i in range(oh):
        for j in range(ow):
            patch = x[:, i:i + kh, j:j + kw, :].reshape(n, -1)
            z[:, i, j, :] = patch @ k.reshape(-1, co)
    z += w["conv.bias"]
    a = np.maximum(z, 0).astype(x.dtype)
    pooled = a.reshape(n, oh // 2, 2, ow // 2, 2, co).max(axis=(2, 4))
    flat = pooled.reshape(n, -1)
    logits = flat @ w["dense.kernel"] + w["dense.bias"]
    return z, a, pooled, logits


def conv_case():
    from sklearn.datasets import load_digits

    x = (load_digits().images[:4] / 16.0).astype(F32).reshape(4, 8, 8, 1)
    y = np.array([[0], [1], [0], [1]], F32)
    rng = np.random.RandomState(0)
    names = ["conv.kernel", "conv.bias", "dense.kernel", "dense.bias"]
    weights = {
        "conv.kernel": glorot_uniform(rng, (3, 3, 1, 3)),
        "conv.bias": np.zeros(3, F32),
        "dense.kernel": glorot_uniform(rng, (27, 1)),
        "dense.bias": np.zeros(1, F32),
    }
    xt, yt = torch.from_numpy(x).permute(0, 3, 1, 2).contiguous(), torch.from_numpy(y)  # NCHW

    def forward(p):
        kernel = p["conv.kernel"].permute(3, 2, 0, 1)  # (kh, kw, in, out) -> (out, in, kh, kw)
        z = torch.nn.functional.conv2d(xt, kernel, p["conv.bias"])
        a = torch.relu(z)
        pooled = torch.nn.functional.max_pool2d(a, 2)
        flat = pooled.permute(0, 2, 3, 1).reshape(len(x), -1)  # Keras flattens NHWC: h, w, c
        logits = flat @ p["dense.kernel"] + p["dense.bias"]
        prob = torch.sigmoid(logits)
        nhwc = lambda t: t.detach().permute(0, 2, 3, 1).numpy()  # noqa: E731
        return bce(prob, yt), {"z": nhwc(z), "a": nhwc(a), "pooled": nhwc(pooled),
                               "flat": flat.detach().numpy(), "logits": logits.detach().numpy(),
                               "prob": prob.detach().numpy()}

    _, _, acts = loss_and_grads(forward, weights, names)
    initial, steps, _, _ = train_record(forward, weights, names, [1])

    z_np, a_np, pooled_np, logits_np = conv_numpy_forward(weights, x)
    assert np.max(np.abs(z_np - acts["z"])) < 1e-6
    assert np.max(np.abs(pooled_np - acts["pooled"])) < 1e-6
    assert np.max(np.abs(logits_np - acts["logits"])) < 1e-6
    p_np = 1 / (1 + np.exp(-logits_np.astype(np.float64)))
    loss_np = np.mean(-(y * np.log(p_np) + (1 - y) * np.log(1 - p_np)))
    assert abs(loss_np - initial["loss"]) < 1e-6
    # Max-pool ties among positive values would make the gradient routing ambiguous.
    win = acts["a"].reshape(4, 3, 2, 3, 2, 3).transpose(0, 1, 3, 5, 2, 4).reshape(-1, 4)
    for row in win:
        top = row.max()
        assert top == 0 or np.sum(row == top) == 1, row
    def conv_loss64(w):
        logits64 = conv_numpy_forward(w, x.astype(np.float64))[3]
        p64 = 1 / (1 + np.exp(-logits64))
        return np.mean(-(y * np.log(p64) + (1 - y) * np.log(1 - p64)))

    check_gradients_numerically(conv_loss64, weights, initial["gradients"], names, "conv")
    print("check: conv torch == numpy NHWC forward (conv, pool, logits < 1e-6; loss < 1e-6); "
          "no max-pool ties among positive values")

    return {
        "about": about(
            "Conv2D(3 filters, 3x3, stride 1, valid, relu) -> MaxPool2D(2x2, stride 2) -> "
            "Flatten (NHWC order h, w, c) -> Dense(27->1, sigmoid), BCE, Keras Adam, batch of 4",
            {"data": "sklearn load_digits().images[:4] / 16, as NHWC (4, 8, 8, 1); labels [0, 1, 0, 1]",
             "initialization": "np.random.RandomState(0): conv.kernel = uniform(-l, l, (3, 3, 1, 3)) "
                               "with l = sqrt(6/(9+27)), then dense.kernel = uniform(-l2, l2, (27, 1)) "
                               "with l2 = sqrt(6/28); float32; biases zero",
             "activations": "forward values at the initial weights: conv_preactivation (4, 6, 6, 3), "
                            "conv_output = relu of it, pooled (4, 3, 3, 3), flattened (4, 27), "
                            "logits (4, 1), probabilities (4, 1)"}),
        "parameters": names,
        "x": arr(x),
        "y": arr(y),
        "activations": {
            "conv_preactivation": arr(acts["z"]),
            "conv_output": arr(acts["a"]),
            "pooled": arr(acts["pooled"]),
            "flattened": arr(acts["flat"]),
            "logits": arr(acts["logits"]),
            "probabilities": arr(acts["prob"]),
        },
        "initial": initial,
        "steps": steps,
    }


# --------------------------------------------------------------------------------------------
# (c) LSTM(4) -> Dense(1, sigmoid)


def lstm_numpy_forward(w, x):
    """Independent numpy LSTM in Keras layout, in x's dtype; all hidden states (n, T, u)."""
    k, rk, b = w["lstm.kernel"], w["lstm.recurrent_kernel"], w["lstm.bias"]
    u = rk.shape[0]
    n, steps, _ = x.shape
    h = np.zeros((n, u), x.dtype)
    c = np.zeros((n, u), x.dtype)
    sig = lambda t: 1 / (1 + np.exp(-t))  # noqa: E731
    out = []
    for t in range(steps):
        z = x[:, t] @ k + h @ rk + b
        i, f, g, o = sig(z[:, :u]), sig(z[:, u:2 * u]), np.tanh(z[:, 2 * u:3 * u]), sig(z[:, 3 * u:])
        c = f * c + i * g
        h = o * np.tanh(c)
        out.append(h)
    return np.stack(out, axis=1)


def lstm_case():
    units, n, steps_t, feats = 4, 3, 5, 2
    x = np.random.RandomState(1).uniform(-1.0, 1.0, size=(n, steps_t, feats)).astype(F32)
    y = np.array([[0], [1], [1]], F32)
    rng = np.random.RandomState(0)
    names = ["lstm.kernel", "lstm.recurrent_kernel", "lstm.bias", "dense.kernel", "dense.bias"]
    bias = np.zeros(4 * units, F32)
    bias[units:2 * units] = 1.0  # unit_forget_bias
    weights = {
        "lstm.kernel": glorot_uniform(rng, (feats, 4 * units)),
        "lstm.recurrent_kernel": orthogonal(rng, (units, 4 * units)),
        "lstm.bias": bias,
        "dense.kernel": glorot_uniform(rng, (units, 1)),
        "dense.bias": np.zeros(1, F32),
    }
    xt, yt = torch.from_numpy(x), torch.from_numpy(y)

    def forward(p):
        # torch.nn.LSTM functional form: weight_ih = kernel^T (4u, in), weight_hh =
        # recurrent_kernel^T (4u, u), bias_ih = Keras bias, bias_hh = 0; gates i, f, g, o.
        flat = [p["lstm.kernel"].t(), p["lstm.recurrent_kernel"].t(), p["lstm.bias"],
                torch.zeros(4 * units)]
        h0 = torch.zeros(1, n, units)
        seq, _, _ = torch._VF.lstm(xt, (h0, h0.clone()), flat, True, 1, 0.0, False, False, True)
        last = seq[:, -1]
        prob = torch.sigmoid(last @ p["dense.kernel"] + p["dense.bias"])
        return bce(prob, yt), {"sequence": seq.detach().numpy(), "last": last.detach().numpy(),
                               "prob": prob.detach().numpy()}

    _, _, acts = loss_and_grads(forward, weights, names)
    initial, steps, _, _ = train_record(forward, weights, names, [1])

    # Cross-check the functional call against torch.nn.LSTM with copied weights.
    ref = torch.nn.LSTM(feats, units, batch_first=True)
    with torch.no_grad():
        ref.weight_ih_l0.copy_(torch.from_numpy(weights["lstm.kernel"].T.copy()))
        ref.weight_hh_l0.copy_(torch.from_numpy(weights["lstm.recurrent_kernel"].T.copy()))
        ref.bias_ih_l0.copy_(torch.from_numpy(weights["lstm.bias"]))
        ref.bias_hh_l0.zero_()
        seq_ref = ref(xt)[0].numpy()
    assert np.max(np.abs(seq_ref - acts["sequence"])) < 1e-7
    seq_np = lstm_numpy_forward(weights, x)
    assert np.max(np.abs(seq_np - acts["sequence"])) < 1e-6
    logits = seq_np[:, -1] @ weights["dense.kernel"] + weights["dense.bias"]
    p_np = 1 / (1 + np.exp(-logits.astype(np.float64)))
    loss_np = np.mean(-(y * np.log(p_np) + (1 - y) * np.log(1 - p_np)))
    assert abs(loss_np - initial["loss"]) < 1e-6
    rk = weights["lstm.recurrent_kernel"].astype(np.float64)
    assert np.max(np.abs(rk @ rk.T - np.eye(units))) < 1e-6  # orthonormal rows
    def lstm_loss64(w):
        last = lstm_numpy_forward(w, x.astype(np.float64))[:, -1]
        p64 = 1 / (1 + np.exp(-(last @ w["dense.kernel"] + w["dense.bias"])))
        return np.mean(-(y * np.log(p64) + (1 - y) * np.log(1 - p64)))

    check_gradients_numerically(lstm_loss64, weights, initial["gradients"], names, "LSTM")
    print("check: LSTM torch == nn.LSTM == numpy Keras-layout forward (hidden states < 1e-6, "
          "loss < 1e-6); recurrent kernel orthonormal")

    return {
        "about": about(
            "LSTM(4 units, tanh, recurrent sigmoid, return_sequences=False, zero initial state) "
            "-> Dense(4->1, sigmoid), BCE, Keras Adam, batch of 3",
            {"data": "x = np.random.RandomState(1).uniform(-1, 1, (3, 5, 2)) as float32 "
                     "(batch, timesteps, features); labels [0, 1, 1]",
             "initialization": "np.random.RandomState(0): lstm.kernel = uniform(-l, l, (2, 16)) with "
                               "l = sqrt(6/18); then lstm.recurrent_kernel = orthogonal: "
                               "a = standard_normal((16, 4)), q, r = numpy QR, q *= sign(diag r), "
                               "kernel = q^T (4, 16); then dense.kernel = uniform(-l2, l2, (4, 1)) with "
                               "l2 = sqrt(6/5); lstm.bias zeros except the forget block [4:8] = 1; "
                               "dense.bias 0; float32",
             "cell": "z = x_t kernel + h recurrent_kernel + bias; i = sig(z[0:u]), f = sig(z[u:2u]), "
                     "c~ = tanh(z[2u:3u]), o = sig(z[3u:4u]); c = f c + i c~; h = o tanh(c)",
             "activations": "at the initial weights: hidden_sequence (3, 5, 4) = return_sequences "
                            "output; last_hidden (3, 4) = its last timestep; probabilities (3, 1)"}),
        "parameters": names,
        "x": arr(x),
        "y": arr(y),
        "activations": {
            "hidden_sequence": arr(acts["sequence"]),
            "last_hidden": arr(acts["last"]),
            "probabilities": arr(acts["prob"]),
        },
        "initial": initial,
        "steps": steps,
    }


def main():
    check_adam_against_spec()
    write("case-study-adam.json", case_study())
    write("conv2d-adam.json", conv_case())
    write("lstm-adam.json", lstm_case())
    return 0


if __name__ == "__main__":
    sys.exit(main())
