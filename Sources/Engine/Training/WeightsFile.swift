import Foundation

/// The weights file format: a small binary container, all integers little-endian.
///
/// ```
/// magic     8 bytes  "RLWEIGHT"
/// version   UInt32   1
/// count     UInt32   number of parameters
/// count ×   name length UInt32, name UTF-8 bytes,
///           rank UInt32, rank × UInt64 dimensions,
///           Π dimensions × Float32 (IEEE 754 bit patterns)
/// checksum  UInt64   FNV-1a (64-bit) of every byte before it
/// ```
///
/// Values are stored bit for bit, so a round trip is exact (NaN and infinities included).
enum WeightsFile {
  /// One parameter's record.
  struct Entry: Equatable {
    let name: String
    let shape: [Int]
    let values: [Float]
  }

  static let magic = Array("RLWEIGHT".utf8)
  static let version: UInt32 = 1

  static func encode(_ entries: [Entry]) -> Data {
    var bytes = magic
    append(version, to: &bytes)
    append(UInt32(entries.count), to: &bytes)
    for entry in entries {
      let name = Array(entry.name.utf8)
      append(UInt32(name.count), to: &bytes)
      bytes += name
      append(UInt32(entry.shape.count), to: &bytes)
      for dimension in entry.shape { append(UInt64(dimension), to: &bytes) }
      bytes.reserveCapacity(bytes.count + entry.values.count * 4 + 8)
      for value in entry.values { append(value.bitPattern, to: &bytes) }
    }
    append(fnv1a(bytes[...]), to: &bytes)
    return Data(bytes)
  }

  static func decode(_ data: Data) throws(WeightsFileError.Reason) -> [Entry] {
    let bytes = [UInt8](data)
    guard bytes.count >= magic.count, Array(bytes.prefix(magic.count)) == magic else {
      throw .notAWeightsFile
    }
    guard bytes.count >= magic.count + 16 else { throw .corrupted("the file is truncated") }
    let body = bytes[..<(bytes.count - 8)]
    var reader = Reader(bytes: bytes, offset: bytes.count - 8)
    guard try reader.read(UInt64.self) == fnv1a(body) else {
      throw .corrupted("the checksum does not match the contents")
    }
    reader = Reader(bytes: Array(body), offset: magic.count)
    let fileVersion = try reader.read(UInt32.self)
    guard fileVersion == version else { throw .unsupportedVersion(fileVersion) }
    let count = try reader.read(UInt32.self)
    var entries: [Entry] = []
    for _ in 0..<count {
      let nameBytes = try reader.bytes(Int(try reader.read(UInt32.self)))
      guard let name = String(validating: nameBytes, as: UTF8.self) else {
        throw .corrupted("a parameter name is not UTF-8")
      }
      let rank = try reader.read(UInt32.self)
      var shape: [Int] = []
      for _ in 0..<rank {
        let dimension = try reader.read(UInt64.self)
        guard dimension <= UInt64(Int32.max) else { throw .corrupted("dimension \(dimension) of \(name)") }
        shape.append(Int(dimension))
      }
      let valueCount = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
      guard valueCount * 4 <= reader.remaining else {
        throw .corrupted("the values of \(name) are truncated")
      }
      var values = [Float](repeating: 0, count: valueCount)
      for index in 0..<valueCount { values[index] = Float(bitPattern: try reader.read(UInt32.self)) }
      entries.append(Entry(name: name, shape: shape, values: values))
    }
    guard reader.remaining == 0 else { throw .corrupted("\(reader.remaining) unexpected bytes at the end") }
    return entries
  }

  private static func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }

  /// The 64-bit FNV-1a hash (Fowler, Noll & Vo).
  static func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  /// Reads little-endian integers and byte runs, throwing at the end of the data.
  private struct Reader {
    let bytes: [UInt8]
    var offset: Int

    var remaining: Int { bytes.count - offset }

    mutating func bytes(_ count: Int) throws(WeightsFileError.Reason) -> [UInt8] {
      guard count >= 0, count <= remaining else { throw .corrupted("the file is truncated") }
      defer { offset += count }
      return Array(bytes[offset..<(offset + count)])
    }

    mutating func read<Value: FixedWidthInteger>(_ type: Value.Type) throws(WeightsFileError.Reason) -> Value
    {
      let size = MemoryLayout<Value>.size
      guard size <= remaining else { throw .corrupted("the file is truncated") }
      var value: Value = 0
      for index in 0..<size { value |= Value(bytes[offset + index]) << (8 * index) }
      offset += size
      return value
    }
  }
}

/// A weights file that could not be written, read or used; names the file.
public struct WeightsFileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Reason: Error, Equatable, Sendable {
    /// The file could not be written.
    case unwritable(String)
    /// The file could not be read.
    case unreadable(String)
    /// The file does not start with the weights magic bytes.
    case notAWeightsFile
    /// The file was written by a newer format version.
    case unsupportedVersion(UInt32)
    /// The file is damaged: truncated, bad checksum, bad name.
    case corrupted(String)
    /// The file is intact but its parameters are not the model's.
    case mismatch(String)
  }

  /// The file's path.
  public let file: String
  /// What went wrong.
  public let reason: Reason

  /// The error for `file` with `reason`.
  public init(file: String, reason: Reason) {
    self.file = file
    self.reason = reason
  }

  public var description: String {
    switch reason {
    case .unwritable(let why): "\(file): cannot write weights: \(why)"
    case .unreadable(let why): "\(file): cannot read weights: \(why)"
    case .notAWeightsFile: "\(file): not a weights file (no RLWEIGHT header)"
    case .unsupportedVersion(let version): "\(file): unsupported weights format version \(version)"
    case .corrupted(let why): "\(file): corrupted weights file: \(why)"
    case .mismatch(let why): "\(file): weights do not fit the model: \(why)"
    }
  }
}
