#!/usr/bin/env python3
"""Build tiny stand-in libraries for the CUDA sonames that PyPI's torch wheel links against.

PyPI's Linux `torch` wheel is one build for CPU and GPU: libtorch_cuda.so, libtorch_python.so,
libtorch_cpu.so (cupti) and friends carry DT_NEEDED entries for libcudart, libcublas, libcudnn,
libnccl, ... which normally come from ~2.3 GB of nvidia-* wheels. `pip install torch --no-deps`
therefore fails at `import torch` ("libcudart.so.13: cannot open shared object file").

This script reads the torch libraries' dynamic sections and writes, for every needed soname that
cannot be found, a small C library with that soname that defines every symbol torch imports from
it (with the same symbol versions). Each stand-in function returns 100 (cudaErrorNoDevice) and the
*ErrorString functions return a fixed message, so CUDA reports "no device" and CPU torch works.
The libraries go to site-packages/nvidia/cu13/lib, a directory already on torch's RPATH.

Usage: python make-cuda-stubs.py SITE_PACKAGES   (needs cc, readelf, nm; idempotent)
"""
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile


def run(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def main():
    site = sys.argv[1]
    torch_lib = os.path.join(site, "torch", "lib")
    out_dir = os.path.join(site, "nvidia", "cu13", "lib")
    libs = sorted(glob.glob(os.path.join(torch_lib, "*.so*")) + glob.glob(os.path.join(site, "torch", "_C*.so")))

    # Sonames the system linker can resolve (ldconfig cache), name -> path.
    system = {}
    for line in run("ldconfig", "-p").splitlines():
        m = re.match(r"\s*(\S+) \(libc6,x86-64\S*\) => (\S+)", line)
        if m:
            system.setdefault(m.group(1), m.group(2))

    # Every DT_NEEDED soname, and which file each symbol version belongs to (readelf -V).
    needed, version_file = set(), {}
    for path in libs:
        needed |= set(re.findall(r"NEEDED.*\[(.*)\]", run("readelf", "-d", path)))
        current = None
        for line in run("readelf", "-V", path).splitlines():
            m = re.search(r"File: (\S+)", line)
            if m:
                current = m.group(1)
                continue
            m = re.search(r"Name: (\S+)", line)
            if m and current:
                version_file[m.group(1)] = current
    present = {os.path.basename(p) for p in libs}
    missing = sorted(n for n in needed if n not in present and n not in system)

    # Symbols defined by torch's own libraries and the system libraries it needs.
    defined = set()
    for path in libs + [system[n] for n in needed if n in system]:
        for line in run("nm", "-D", "--defined-only", path).splitlines():
            if line.strip():
                defined.add(line.split()[-1].split("@")[0])

    # Undefined (non-weak) imports: versioned ones go to the stub owning the version; unversioned
    # ones that nothing defines (libnccl, libcufile, libcuda, ... export no versions) go everywhere.
    versioned = collections.defaultdict(lambda: collections.defaultdict(set))
    unversioned = set()
    for path in libs:
        for line in run("nm", "-D", "--undefined-only", path).splitlines():
            fields = line.split()
            if len(fields) < 2 or fields[0] in ("w", "v"):
                continue
            sym = fields[-1]
            if "@" in sym:
                name, version = sym.split("@", 1)
                owner = version_file.get(version.lstrip("@"))
                if owner in missing:
                    versioned[owner][version.lstrip("@")].add(name)
            elif sym not in defined and not sym.startswith(("Py", "_Py")):
                unversioned.add(sym)

    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for soname in missing:
            nodes = versioned.get(soname, {})
            symbols = sorted(set().union(*nodes.values(), unversioned) if nodes else unversioned)
            src = ['static const char msg[] = "CUDA is not available (stand-in library)";']
            for s in symbols:
                if re.search(r"Error(String|Name)|GetResultString", s):
                    src.append(f"const char *{s}(void) {{ return msg; }}")
                else:
                    src.append(f"int {s}(void) {{ return 100; }}")
            c_file = os.path.join(tmp, soname + ".c")
            with open(c_file, "w") as f:
                f.write("\n".join(src) + "\n")
            cmd = ["cc", "-shared", "-fPIC", "-O1", "-fno-builtin", f"-Wl,-soname,{soname}",
                   "-o", os.path.join(out_dir, soname), c_file]
            if nodes:
                script = []
                for i, (version, names) in enumerate(sorted(nodes.items())):
                    body = sorted(names | (unversioned if i == 0 else set()))
                    script.append(f"{version} {{ global: {'; '.join(body)}; }};")
                map_file = os.path.join(tmp, soname + ".map")
                with open(map_file, "w") as f:
                    f.write("\n".join(script) + "\n")
                cmd.append(f"-Wl,--version-script={map_file}")
            subprocess.run(cmd, check=True)
            print(f"stub {soname}: {len(symbols)} symbols")


if __name__ == "__main__":
    main()
