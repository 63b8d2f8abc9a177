/// Stores `[Double]` so that non-finite values survive any `JSONEncoder`: they are written as `null` and
/// read back as `nan` (JSON has no NaN or infinity).
@propertyWrapper
public struct NaNAsNull: Codable, Equatable, Hashable, Sendable {
  public var wrappedValue: [Double]

  /// Wraps `wrappedValue`.
  public init(wrappedValue: [Double]) {
    self.wrappedValue = wrappedValue
  }

  /// Reads an array of numbers and `null`s; `null` becomes `nan`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    wrappedValue = try container.decode([Double?].self).map { $0 ?? .nan }
  }

  /// Writes the numbers; non-finite ones become `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(wrappedValue.map { $0.isFinite ? $0 : nil })
  }

  /// Equal when the same positions hold the same finite values and both hold a non-finite value
  /// elsewhere, so a decoded figure equals the one encoded (`nan != nan` would break that).
  public static func == (lhs: NaNAsNull, rhs: NaNAsNull) -> Bool {
    lhs.wrappedValue.count == rhs.wrappedValue.count
      && zip(lhs.wrappedValue, rhs.wrappedValue).allSatisfy { a, b in
        a == b || (!a.isFinite && !b.isFinite)
      }
  }

  /// Hashes the finite values and the positions of the non-finite ones.
  public func hash(into hasher: inout Hasher) {
    for value in wrappedValue { hasher.combine(value.isFinite ? value : .infinity) }
  }
}
