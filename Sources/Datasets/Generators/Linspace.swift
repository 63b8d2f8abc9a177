/// numpy's `linspace(start, stop, count, endpoint)` for float64, operation for operation.
///
/// With `div = count − 1` (endpoint) or `count` (no endpoint) and `step = (stop − start) / div`,
/// element `i` is `i·step + start`; with the endpoint the last element is set to exactly `stop`.
/// When `step` underflows to 0, numpy computes `(i / div)·delta + start` instead, and when
/// `div` is 0 (one point with the endpoint) the single element is `0·delta + start`.
func linspace(_ start: Double, _ stop: Double, count: Int, endpoint: Bool = true) -> [Double] {
  guard count > 0 else { return [] }
  let div = endpoint ? count - 1 : count
  let delta = stop - start
  var values: [Double]
  if div > 0 {
    let step = delta / Double(div)
    if step == 0 {
      values = (0..<count).map { Double($0) / Double(div) * delta + start }
    } else {
      values = (0..<count).map { Double($0) * step + start }
    }
  } else {
    values = (0..<count).map { Double($0) * delta + start }
  }
  if endpoint, count > 1 {
    values[count - 1] = stop
  }
  return values
}
