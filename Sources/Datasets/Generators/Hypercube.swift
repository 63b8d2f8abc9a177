/// scikit-learn's `sample_without_replacement(population, count, method="auto")`, draw for draw.
///
/// With `ratio = count / population`: when `0.01 < ratio < 0.99`, the first `count` entries of
/// `permutation(population)`; otherwise, when `ratio < 0.2`, tracking selection (`randint(population)`,
/// redrawn while already chosen); otherwise reservoir sampling (start from `0..<count`; for each
/// `i ≥ count`, `j = randint(0, i + 1)` replaces entry `j` when `j < count`).
///
/// References: scikit-learn, `sklearn/utils/_random.pyx` (1.9); J. S. Vitter, "Random sampling
/// with a reservoir", ACM TOMS 11(1), 1985.
func sampleWithoutReplacement(population: Int, count: Int, rng: inout RandomState) -> [Int] {
  let ratio = population != 0 ? Double(count) / Double(population) : 1.0
  if ratio > 0.01, ratio < 0.99 {
    return Array(rng.permutation(population).prefix(count))
  }
  if ratio < 0.2 {
    var selected: Set<Int> = []
    var out: [Int] = []
    for _ in 0..<count {
      var j = rng.integer(in: 0..<population)
      while selected.contains(j) { j = rng.integer(in: 0..<population) }
      selected.insert(j)
      out.append(j)
    }
    return out
  }
  var out = Array(0..<count)
  for i in count..<max(count, population) {
    let j = rng.integer(in: 0..<(i + 1))
    if j < count { out[j] = i }
  }
  return out
}

/// scikit-learn's `_generate_hypercube(count, dimensions, rng)`: `count` distinct vertices of the
/// unit hypercube, one row of 0s and 1s each.
///
/// Up to 30 dimensions, row `r` is the binary expansion (most significant bit first) of the `r`-th
/// value of `sampleWithoutReplacement(population: 2^dimensions, count:)`. Beyond 30, the extra
/// leading columns are `randint(2)` bits drawn row-major first, then the last 30 as above.
func hypercubeVertices(count: Int, dimensions: Int, rng: inout RandomState) -> [[Double]] {
  if dimensions > 30 {
    let extra = (0..<count).map { _ in
      (0..<(dimensions - 30)).map { _ in Double(rng.integer(in: 0..<2)) }
    }
    let last = hypercubeVertices(count: count, dimensions: 30, rng: &rng)
    return zip(extra, last).map { $0 + $1 }
  }
  let values = sampleWithoutReplacement(population: 1 << dimensions, count: count, rng: &rng)
  return values.map { value in
    (0..<dimensions).map { Double((value >> (dimensions - 1 - $0)) & 1) }
  }
}
