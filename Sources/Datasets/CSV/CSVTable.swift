/// A classification table read from CSV: numeric features and a class label per row.
///
/// Labels that are all non-negative integers are the class indices themselves (so `1, 2, 3` means
/// classes 1, 2 and 3 of 4, with class 0 empty) and `classNames[i]` is `"\(i)"`. Any other labels
/// are class names: class `i` is the `i`-th distinct label in sorted (`String <`) order, the
/// mapping `numpy.unique` and scikit-learn's `LabelEncoder` use.
public struct CSVTable: Sendable, Equatable {
  /// The feature columns' names, in file order: their header cells, or `column <n>` (1-based file
  /// column) when the file has no header.
  public let featureNames: [String]
  /// The label column's name, by the same rule.
  public let labelName: String
  /// Every row's feature values, one row after the other (`rowCount × featureCount`).
  public let features: [Double]
  /// Every row's class index.
  public let labels: [Int]
  /// The name of each class index: the label text it was read from.
  public let classNames: [String]

  /// The number of data rows.
  public var rowCount: Int { labels.count }

  /// The number of feature columns.
  public var featureCount: Int { featureNames.count }

  /// The number of classes, `classNames.count`.
  public var classCount: Int { classNames.count }

  /// The rows as a labeled dataset of samples of shape `[featureCount]`.
  public var dataset: LabeledDataset {
    Dataset(features: features, sampleShape: [featureCount], targets: labels)
  }
}
