/// Keras's `noise_shape`: one entry per input axis, batch included; `nil` takes the input's size,
/// 1 shares one draw along that axis.
enum NoiseShape {
  /// Throws unless every entry is `nil` or positive.
  static func check(_ noiseShape: [Int?]?) throws(DropoutError) {
    guard let noiseShape else { return }
    guard noiseShape.allSatisfy({ ($0 ?? 1) > 0 }) else { throw .invalidNoiseShape(noiseShape) }
  }

  /// The concrete noise shape for an input of `inputShape` (the input's own shape when `nil`).
  ///
  /// - Precondition: same rank as the input; each entry is `nil`, 1 or the input's size.
  static func resolve(_ noiseShape: [Int?]?, inputShape: [Int]) -> [Int] {
    guard let noiseShape else { return inputShape }
    precondition(
      noiseShape.count == inputShape.count,
      "noiseShape has \(noiseShape.count) entries for an input of rank \(inputShape.count)")
    return zip(noiseShape, inputShape).map { entry, size in
      let resolved = entry ?? size
      precondition(
        resolved == 1 || resolved == size,
        "noiseShape \(noiseShape) does not broadcast to the input shape \(inputShape)")
      return resolved
    }
  }
}
