/// A problem with an `EarlyStopping` callback's settings or with the value it watches.
public enum EarlyStoppingError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An argument outside its valid range, e.g. `patience` −1.
  case invalidArgument(InvalidHyperparameter)
  /// The monitored name is not among the logs the run produces; `available` lists those logs.
  case unknownMonitor(String, available: [String])
  /// `mode: .auto` cannot tell whether `monitor` should go down or up (Keras `ValueError`).
  case unknownDirection(String)

  public var description: String {
    switch self {
    case .invalidArgument(let error): error.description
    case .unknownMonitor(let name, let available):
      "EarlyStopping monitors \"\(name)\", which is not logged; available logs: "
        + available.joined(separator: ", ")
    case .unknownDirection(let name):
      "EarlyStopping cannot infer whether \"\(name)\" should decrease or increase; "
        + "pass mode: .min or mode: .max"
    }
  }
}
