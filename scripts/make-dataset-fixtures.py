#!/usr/bin/env python3
"""Writes Tests/DatasetsTests/Fixtures/*.json: scikit-learn's own make_moons, make_circles,
make_blobs and make_classification arrays, which the Swift generators must match bit for bit.

Run from anywhere: `python3 scripts/make-dataset-fixtures.py`. It makes a virtual environment in
.build/fixtures-venv with the pinned scikit-learn and numpy (if missing), re-runs itself there,
and rewrites the fixtures deterministically (sorted keys, one case per line, floats as float.hex()).
"""

import json
import os
import pathlib
import subprocess
import sys

SKLEARN = "1.9.1"
NUMPY = "2.4.6"

ROOT = pathlib.Path(__file__).resolve().parent.parent
VENV = ROOT / ".build" / "fixtures-venv"
PYTHON = VENV / "bin" / "python"
FIXTURES = ROOT / "Tests" / "DatasetsTests" / "Fixtures"
SEED_MAX = 2**32 - 1


def ensure_venv():
    """Re-runs this script inside the pinned virtual environment."""
    if pathlib.Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pins = [f"scikit-learn=={SKLEARN}", f"numpy=={NUMPY}"]
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", *pins], check=True)
    os.execv(str(PYTHON), [str(PYTHON), __file__, *sys.argv[1:]])


def encode(X, y, args):
    """One fixture case: the Swift arguments, X flat row-major as hex floats, y as ints."""
    import numpy as np

    X = np.asarray(X, dtype=np.float64)
    return {
        "args": args,
        "shape": list(X.shape),
        "x": [float(v).hex() for v in X.ravel(order="C")],
        "y": [int(v) for v in y],
    }


def moons_cases():
    from sklearn.datasets import make_moons

    specs = [dict(samples=100, noise=0.2, seed=1)]
    specs += [dict(samples=n, noise=0.3, seed=1) for n in (1, 2, 7, 30, 1000)]
    specs += [dict(samples=100, noise=noise, seed=seed)
              for seed in (0, 1, 42, SEED_MAX) for noise in (None, 0.05, 0.3)]
    specs += [
        dict(samples=7, shuffle=False, seed=0),
        dict(samples=30, shuffle=False, noise=0.1, seed=5),
        dict(samples=10, noise=0.0, seed=3),
        dict(perClass=[3, 5], noise=0.2, seed=0),
        dict(perClass=[3, 5], shuffle=False, seed=0),
        dict(perClass=[0, 4], noise=0.1, seed=2),
    ]
    cases = []
    for spec in specs:
        n = tuple(spec["perClass"]) if "perClass" in spec else spec["samples"]
        X, y = make_moons(n, shuffle=spec.get("shuffle", True), noise=spec.get("noise"),
                          random_state=spec["seed"])
        cases.append(encode(X, y, spec))
    return cases


def circles_cases():
    from sklearn.datasets import make_circles

    specs = [
        dict(samples=100, noise=0.05, factor=0.5, seed=1),
        dict(samples=1, seed=0),
        dict(samples=2, noise=0.1, seed=0),
        dict(samples=7, noise=0.2, factor=0.3, seed=42),
        dict(samples=100, factor=0.0, seed=7),
        dict(samples=100, shuffle=False, seed=0),
        dict(samples=300, noise=0.1, factor=0.6, seed=SEED_MAX),
        dict(perClass=[4, 6], noise=0.1, seed=3),
        dict(perClass=[4, 6], shuffle=False, factor=0.25, seed=3),
    ]
    cases = []
    for spec in specs:
        n = tuple(spec["perClass"]) if "perClass" in spec else spec["samples"]
        X, y = make_circles(n, shuffle=spec.get("shuffle", True), noise=spec.get("noise"),
                            factor=spec.get("factor", 0.8), random_state=spec["seed"])
        cases.append(encode(X, y, spec))
    return cases


def blobs_cases():
    from sklearn.datasets import make_blobs

    specs = [
        dict(samples=100, seed=0),
        dict(samples=1, seed=1),
        dict(samples=7, features=3, centers=4, clusterStd=0.5, seed=42),
        dict(samples=200, features=5, centers=2, clusterStd=2.5, centerBox=[-5.0, 5.0], seed=SEED_MAX),
        dict(samples=50, centers=3, shuffle=False, seed=3),
        dict(samples=20, clusterStd=0.0, seed=4),
        dict(samples=20, centerCoordinates=[[1.0, 1.0], [-1.0, -1.0]], seed=5),
        dict(samples=9, centerCoordinates=[[0.0, 0.5, 1.0]], clusterStd=0.3, seed=6),
        dict(samplesPerCenter=[3, 0, 5], seed=7),
        dict(samplesPerCenter=[2, 4], centerCoordinates=[[0.0, 0.0], [3.0, 3.0]], clusterStd=0.7,
             shuffle=False, seed=8),
    ]
    cases = []
    for spec in specs:
        kwargs = dict(cluster_std=spec.get("clusterStd", 1.0), shuffle=spec.get("shuffle", True),
                      random_state=spec["seed"])
        if "centerCoordinates" in spec:
            kwargs["centers"] = spec["centerCoordinates"]
        else:
            kwargs["n_features"] = spec.get("features", 2)
            kwargs["center_box"] = tuple(spec.get("centerBox", [-10.0, 10.0]))
            if "samples" in spec:
                kwargs["centers"] = spec.get("centers", 3)
        n = spec.get("samplesPerCenter", spec.get("samples"))
        X, y = make_blobs(n, **kwargs)
        cases.append(encode(X, y, spec))
    return cases


def classification_cases():
    from sklearn.datasets import make_classification

    names = {
        "samples": "n_samples", "features": "n_features", "informative": "n_informative",
        "redundant": "n_redundant", "repeated": "n_repeated", "classes": "n_classes",
        "clustersPerClass": "n_clusters_per_class", "weights": "weights", "flipY": "flip_y",
        "classSep": "class_sep", "hypercube": "hypercube", "shuffle": "shuffle",
    }
    specs = [dict(seed=seed) for seed in (0, 1, 42, SEED_MAX)]
    specs += [
        dict(samples=200, features=2, informative=2, redundant=0, seed=1),
        dict(samples=200, features=2, informative=2, redundant=0, clustersPerClass=1, seed=7),
        dict(samples=100, features=1, informative=1, redundant=0, clustersPerClass=1, seed=3),
        dict(samples=150, features=6, informative=3, redundant=1, repeated=1, classes=3, seed=5),
        dict(samples=120, features=9, informative=5, redundant=1, repeated=2, classes=4, seed=6),
        dict(samples=90, features=12, informative=7, redundant=1, classes=3, clustersPerClass=1, seed=9),
        dict(samples=80, features=14, informative=10, redundant=3, clustersPerClass=1, seed=10),
        dict(samples=100, weights=[0.9], seed=11),
        dict(samples=60, features=5, informative=3, redundant=0, classes=3, weights=[0.2, 0.3, 0.5],
             seed=12),
        dict(samples=100, flipY=0.0, seed=13),
        dict(samples=100, flipY=0.5, classes=2, seed=14),
        dict(samples=100, hypercube=False, seed=15),
        dict(samples=100, features=4, redundant=0, shift=None, scale=None, seed=16),
        dict(samples=100, features=4, redundant=1, shift=0.5, scale=2.0, classSep=0.5, seed=17),
        dict(samples=50, shuffle=False, seed=18),
        dict(samples=1000, features=5, informative=2, redundant=1, repeated=1, seed=19),
        dict(samples=40, features=20, informative=15, redundant=2, clustersPerClass=3, classes=4,
             seed=20),
    ]
    cases = []
    for spec in specs:
        kwargs = {names[k]: v for k, v in spec.items() if k in names}
        kwargs["shift"] = spec.get("shift", 0.0)
        kwargs["scale"] = spec.get("scale", 1.0)
        X, y = make_classification(random_state=spec["seed"], **kwargs)
        args = dict(spec)
        if "shift" in spec:
            args["shiftIsNil"] = spec["shift"] is None
        if "scale" in spec:
            args["scaleIsNil"] = spec["scale"] is None
        cases.append(encode(X, y, args))
    return cases


def write(name, cases):
    import numpy
    import sklearn

    header = {"generator": name, "numpy": numpy.__version__, "sklearn": sklearn.__version__}
    lines = [json.dumps(case, sort_keys=True, separators=(",", ":")) for case in cases]
    text = ("{\"about\":" + json.dumps(header, sort_keys=True, separators=(",", ":"))
            + ",\n\"cases\":[\n" + ",\n".join(lines) + "\n]}\n")
    (FIXTURES / f"{name}.json").write_text(text)
    print(f"{name}.json: {len(cases)} cases, {len(text)} bytes")


def main():
    ensure_venv()
    FIXTURES.mkdir(parents=True, exist_ok=True)
    write("moons", moons_cases())
    write("circles", circles_cases())
    write("blobs", blobs_cases())
    write("classification", classification_cases())


if __name__ == "__main__":
    main()
