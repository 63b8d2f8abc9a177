"""Reference re-implementations (numpy RandomState) of the synthetic datasets in
Sources/Datasets/Images/Shapes.swift and Sources/Datasets/Sequences/, used to print the exact
seed-0 values the Swift tests check. Run with any Python that has numpy."""
import numpy as np, math

def shapes(samples, size=16, noise=0.1, seed=0):
    rs = np.random.RandomState(seed)
    shapes = np.array([i % 4 for i in range(samples)])
    rs.shuffle(shapes)
    X = []
    n = size
    for s in shapes:
        img = np.zeros((n, n))
        if s in (0, 1):
            length = rs.randint(n // 2, n + 1); th = rs.randint(1, 3)
            top = rs.randint(0, n - th + 1); left = rs.randint(0, n - length + 1)
            if s == 0: img[top:top+th, left:left+length] = 1
            else: img[left:left+length, top:top+th] = 1
        elif s == 2:
            side = rs.randint(4, n // 2 + 1); top = rs.randint(0, n - side + 1); left = rs.randint(0, n - side + 1)
            img[top, left:left+side] = 1; img[top+side-1, left:left+side] = 1
            img[top:top+side, left] = 1; img[top:top+side, left+side-1] = 1
        else:
            a = rs.randint(2, n // 4 + 1); r = rs.randint(a, n - a); c = rs.randint(a, n - a)
            img[r, c-a:c+a+1] = 1; img[r-a:r+a+1, c] = 1
        eps = np.array([rs.standard_normal() for _ in range(n * n)]).reshape(n, n)
        X.append(img + noise * eps)
    return np.array(X), shapes

def sine(samples, timesteps=20, horizon=1, noise=0.1, seed=0):
    rs = np.random.RandomState(seed)
    X, Y = [], []
    for _ in range(samples):
        f = rs.uniform(0.02, 0.1); p = rs.uniform(0, 2 * np.pi)
        y = [math.sin(2 * math.pi * f * t + p) + noise * rs.standard_normal() for t in range(timesteps + horizon)]
        X.append(y[:timesteps]); Y.append(y[timesteps:])
    return np.array(X), np.array(Y)

def adding(samples, timesteps=20, seed=0):
    rs = np.random.RandomState(seed)
    planned = np.array([i % 2 for i in range(samples)])
    rs.shuffle(planned)
    X, L = [], []
    for pl in planned:
        v = [rs.random_sample() for _ in range(timesteps)]
        a = rs.randint(0, timesteps // 2); b = rs.randint(timesteps // 2, timesteps)
        if (v[a] + v[b] > 1) != (pl == 1):
            v[a] = 1 - v[a]; v[b] = 1 - v[b]
        L.append(1 if v[a] + v[b] > 1 else 0)
        m = [1.0 if t in (a, b) else 0.0 for t in range(timesteps)]
        X.append(np.stack([v, m], axis=1))
    return np.array(X), np.array(L)

np.set_printoptions(precision=17)
X, L = shapes(8, seed=0)
print("shapes labels", L.tolist())
for i in range(8):
    print(i, L[i], "clean rows/cols:", np.argwhere(np.round(shapes(8, noise=0.0, seed=0)[0][i]) == 1)[:3].tolist())
print("X[0,0,:3]", repr(X[0,0,:3].tolist()), "X[5,7,9]", repr(X[5,7,9]))
X0, _ = shapes(8, noise=0.0, seed=0)
print("clean sums", X0.reshape(8,-1).sum(1).tolist())
X, L = shapes(400, seed=3); print("400 seed3 counts", np.bincount(L).tolist(), repr(X.sum()))
X, Y = sine(5, timesteps=10, horizon=3, noise=0.1, seed=0)
print("sine X0", repr(X[0].tolist())); print("sine Y0", repr(Y[0].tolist())); print("sine Y4", repr(Y[4].tolist()))
X, Y = sine(3, timesteps=4, horizon=1, noise=0.0, seed=0)
print("sine clean X", repr(X.tolist()), repr(Y.tolist()))
X, L = adding(6, timesteps=8, seed=0)
print("adding labels", L.tolist())
print("adding X0", repr(X[0].tolist()))
X, L = adding(1001, timesteps=20, seed=7); print("adding 1001 counts", np.bincount(L).tolist())
