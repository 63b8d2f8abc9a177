import CCairo
import Foundation

/// Collects the bytes Cairo writes to a stream, so nothing goes through temporary files.
final class DataSink {
  var data = Data()

  /// The C callback Cairo calls with each chunk; `closure` is an `Unmanaged<DataSink>` pointer that the
  /// caller keeps retained while the surface writes.
  static let write: cairo_write_func_t = { closure, bytes, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<DataSink>.fromOpaque(closure).takeUnretainedValue()
    if let bytes, length > 0 { sink.data.append(bytes, count: Int(length)) }
    return CAIRO_STATUS_SUCCESS
  }
}
