import Foundation

/// The UCI optical digits exactly as scikit-learn's `load_digits()` gives them: 1,797 grey-scale
/// images of handwritten digits, 8 × 8 pixels, each pixel an integer count 0...16, labelled 0...9.
///
/// Shapes: `features` is (1797, 8, 8, 1) flattened row-major (sample, row, column, channel), so
/// sample `i` equals `load_digits().data[i]` value for value; `sampleShape` is `[8, 8, 1]`
/// (height, width, channels); `targets[i]` is `load_digits().target[i]`. Class counts 0...9:
/// 178, 182, 177, 183, 181, 182, 181, 179, 174, 180. Scale (for example divide by 16) before
/// training.
///
/// Each pixel counts the ink in a 4 × 4 block of a 32 × 32 bitmap made by NIST's preprocessing.
/// The data are decoded on first use and cached for the life of the process.
///
/// Data: Alpaydin, E. & Kaynak, C. (1998), "Optical Recognition of Handwritten Digits",
/// UCI Machine Learning Repository, https://doi.org/10.24432/C50P49, CC BY 4.0 (the repository's
/// test set, as shipped by scikit-learn). See `DATA-LICENSES.md`.
///
/// References: Alpaydin, E. & Kaynak, C., "Cascading classifiers", Kybernetika 34(4), 1998.
public func loadDigits() -> LabeledDataset {
  DigitsCache.dataset
}

/// Decodes `DigitsData` once: `static let` initializers run lazily and exactly once, thread-safely.
private enum DigitsCache {
  static let dataset = decodeDigits()

  static let side = 8
  static let bitsPerPixel = 5

  static func decodeDigits() -> LabeledDataset {
    guard let packed = Data(base64Encoded: DigitsData.pixelsBase64, options: .ignoreUnknownCharacters)
    else {
      preconditionFailure("DigitsData.pixelsBase64 is not base64: rerun scripts/make-digits-data.py")
    }
    let labels = DigitsData.labels.utf8.compactMap { byte -> Int? in
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
    let pixelCount = DigitsData.count * side * side
    precondition(
      labels.count == DigitsData.count && packed.count * 8 == pixelCount * bitsPerPixel,
      "DigitsData does not hold \(DigitsData.count) images: rerun scripts/make-digits-data.py")
    return LabeledDataset(
      features: unpack(packed, count: pixelCount), sampleShape: [side, side, 1], targets: labels)
  }

  /// Reads `count` unsigned `bitsPerPixel`-bit values, most significant bit first.
  static func unpack(_ bytes: Data, count: Int) -> [Double] {
    var values: [Double] = []
    values.reserveCapacity(count)
    var buffer: UInt32 = 0
    var bufferedBits = 0
    let mask: UInt32 = (1 << bitsPerPixel) - 1
    for byte in bytes {
      buffer = buffer << 8 | UInt32(byte)
      bufferedBits += 8
      while bufferedBits >= bitsPerPixel {
        bufferedBits -= bitsPerPixel
        values.append(Double(buffer >> bufferedBits & mask))
      }
      buffer &= (1 << bufferedBits) - 1
    }
    return values
  }
}
