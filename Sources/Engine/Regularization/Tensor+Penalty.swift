/// Regularizer penalties as graph operations, so that their gradients reach whatever produced the
/// values (Keras `activity_regularizer`, spec §2.2).
extension Tensor {
  /// The scalar `R(values) / divisor`, whose backward rule adds `R′(values) / divisor` (times the
  /// incoming gradient) to this tensor's gradient. A `divisor` of 0 gives 0, as Keras's
  /// `divide_no_nan`.
  ///
  /// ```swift
  /// let penalty = output.penalty(try L2(0.01), dividedBy: Float(output.shape[0]))
  /// ```
  public func penalty(_ regularizer: any Regularizer, dividedBy divisor: Float = 1) -> Tensor {
    let scale: Float = divisor == 0 ? 0 : 1 / divisor
    let value = divisor == 0 ? 0 : regularizer.penalty(scalars) / divisor
    return Tensor.result(shape: [], scalars: [value], inputs: [self]) { output in
      guard let incoming = output.gradient?.first, scale != 0 else { return }
      let factor = incoming * scale
      let gradient = regularizer.gradient(self.scalars)
      self.accumulateGradient { buffer in
        for index in 0..<buffer.count { buffer[index] += gradient[index] * factor }
      }
    }
  }

  /// The activity penalty of a layer output: `R(y) / batchSize` with the batch along axis 0
  /// (Keras `Layer.__call__`: `add_loss(R(y) / shape(y)[0])`), a per-example mean of a
  /// per-example sum; 0 for an empty batch.
  public func activityPenalty(_ regularizer: any Regularizer) -> Tensor {
    penalty(regularizer, dividedBy: Float(rank == 0 ? 1 : shape[0]))
  }
}
