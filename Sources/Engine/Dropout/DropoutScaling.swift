/// Where dropout compensates for the dropped units.
public enum DropoutScaling: Sendable, Equatable {
  /// Inverted dropout (Keras, PyTorch): kept values are scaled by `1/(1 − r)` in training, and
  /// inference is the identity.
  case inverted
  /// The original form (Srivastava et al. 2014; Hinton et al. 2012): no scaling in training, and
  /// inference multiplies by the retain probability `q = 1 − r` (the paper's `W_test = q·W`).
  case atInference
}
