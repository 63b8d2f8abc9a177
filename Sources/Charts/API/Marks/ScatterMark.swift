/// Points `(x[i], y[i])` drawn as markers, optionally split into classes (a classification data set).
///
/// Class `k` takes palette slot `first + k` and marker shape `MarkerShape.allCases[(m + k) % 6]`, where
/// `m` is the index of `marker` (so with the default circle: circle, square, triangle, ...): classes
/// differ by shape as well as colour, which survives grey-scale print and colour-blind readers.
///
/// Every point must be finite. Unlike a line, where a gap is visible, a scatter that silently dropped
/// points would misrepresent the sample (its size and its class balance), so a non-finite coordinate is
/// a `ChartError`.
public struct ScatterMark: Codable, Equatable, Sendable {
  /// The horizontal coordinates; every one must be finite.
  @NaNAsNull public var x: [Double]
  /// The vertical coordinates; every one must be finite.
  @NaNAsNull public var y: [Double]
  /// The class of each point (0, 1, 2, ...), or `nil` for one colour and one label.
  public var classes: [Int]?
  /// The legend name of each class (`classNames[k]` for class `k`); `nil` names them "class 0", ...
  public var classNames: [String]?
  /// The name shown in the legend (for classes, "class 0 (label)", ...); unlabelled plain scatters are
  /// left out of it.
  public var label: String?
  /// The marker shape (of class 0 when there are classes).
  public var marker: MarkerShape
  /// Marker size in points (the width of a circle).
  public var size: Double
  /// Opacity of the markers, 0...1; below 1 overlapping points show as darker clusters.
  public var alpha: Double
  /// Outline filled markers in the theme's text colour (sklearn's `edgecolors="k"` look), e.g. to tell
  /// test points from training points drawn in the same colours.
  public var edge: Bool
  /// `nil` takes the panel's next palette colour(s); a colour here is used for every class.
  public var color: SeriesColor?

  /// Creates a scatter; `x`, `y` (and `classes`) must have the same length (checked when the figure is
  /// validated).
  public init(
    x: [Double], y: [Double], classes: [Int]? = nil, classNames: [String]? = nil, label: String? = nil,
    marker: MarkerShape = .circle, size: Double = 6, alpha: Double = 0.9, edge: Bool = false,
    color: SeriesColor? = nil
  ) {
    self.x = x
    self.y = y
    self.classes = classes
    self.classNames = classNames
    self.label = label
    self.marker = marker
    self.size = size
    self.alpha = alpha
    self.edge = edge
    self.color = color
  }

  /// How many classes the legend and palette account for: the named ones, and at least up to the
  /// largest class used; 0 without classes.
  var classCount: Int {
    guard let classes else { return 0 }
    return max(classNames?.count ?? 0, (classes.max() ?? -1) + 1)
  }

  /// The name of class `k`.
  func className(_ k: Int) -> String {
    if let classNames, classNames.indices.contains(k) { return classNames[k] }
    return "class \(k)"
  }

  /// The shape of class `k`: `marker`, then the following shapes in `MarkerShape.allCases` order.
  func shape(ofClass k: Int) -> MarkerShape {
    let shapes = MarkerShape.allCases
    let start = shapes.firstIndex(of: marker) ?? 0
    return shapes[(start + k) % shapes.count]
  }

  /// The marker style of class `k` (0 without classes) in `context`.
  func style(ofClass k: Int, _ context: MarkContext) -> MarkerStyle {
    let base = context.color(color, offset: classes == nil ? 0 : k)
    return MarkerStyle(
      shape: shape(ofClass: k), size: size, color: base.withAlpha(base.alpha * alpha),
      edge: edge ? context.theme.text : nil)
  }
}

extension ScatterMark: MarkBehavior {
  var kindName: String { "scatter" }
  var paletteSlots: Int { color == nil ? max(1, classCount) : 0 }

  func validate(x xKind: ScaleKind, y yKind: ScaleKind) throws(MarkProblem) {
    try MarkChecks.sameLength(("x", x), ("y", y))
    try MarkChecks.finite(x, name: "x")
    try MarkChecks.finite(y, name: "y")
    if let classes {
      guard classes.count == x.count else {
        throw MarkProblem("classes has \(classes.count) values but x has \(x.count)")
      }
      if let index = classes.firstIndex(where: { $0 < 0 }) {
        throw MarkProblem("classes[\(index)] is \(classes[index]) (class indices start at 0)")
      }
      if let names = classNames, let index = classes.firstIndex(where: { $0 >= names.count }) {
        throw MarkProblem(
          "classes[\(index)] is \(classes[index]) but only \(names.count) class names are given")
      }
    } else if classNames != nil {
      throw MarkProblem("has class names but no classes")
    }
    guard size.isFinite, size > 0 else {
      throw MarkProblem("size \(AltText.number(size)) is not a positive number of points")
    }
    guard alpha.isFinite, (0...1).contains(alpha) else {
      throw MarkProblem("alpha \(AltText.number(alpha)) is outside 0...1")
    }
    try MarkChecks.positive(x, axis: "x", kind: xKind)
    try MarkChecks.positive(y, axis: "y", kind: yKind)
  }

  func extent(_ axis: AxisDirection) -> [Double] {
    (axis == .x ? x : y).filter(\.isFinite)
  }

  func legendEntries(_ context: MarkContext) -> [LegendEntry] {
    guard classes != nil else {
      guard let label, !label.isEmpty else { return [] }
      return [LegendEntry(label: label, sample: .marker(style(ofClass: 0, context)))]
    }
    let suffix = label.map { $0.isEmpty ? "" : " (\($0))" } ?? ""
    return (0..<classCount).map { k in
      LegendEntry(label: className(k) + suffix, sample: .marker(style(ofClass: k, context)))
    }
  }

  func draw(_ context: MarkContext) {
    let styles = (0..<max(1, classCount)).map { style(ofClass: $0, context) }
    for (index, (px, py)) in zip(x, y).enumerated() where px.isFinite && py.isFinite {
      let k = classes.map { $0[index] } ?? 0
      guard styles.indices.contains(k) else { continue }
      styles[k].draw(at: context.transform.point(px, py), on: context.canvas, theme: context.theme)
    }
  }

  func obstacles(_ context: MarkContext) -> [(Point, Point)] {
    zip(x, y).filter { $0.isFinite && $1.isFinite }.map { px, py in
      let point = context.transform.point(px, py)
      return (point, point)
    }
  }

  /// `"train" 30 points, x from -1 to 2, y from -0.5 to 1, classes: class 0 (14), class 1 (16)`.
  func describe() -> String {
    var text = label.map { "\"\($0)\" " } ?? ""
    text += x.count == 1 ? "1 point" : "\(x.count) points"
    if let xRange = Axes.range(of: x), let yRange = Axes.range(of: y) {
      text += ", x from \(AltText.number(xRange.lowerBound)) to \(AltText.number(xRange.upperBound))"
      text += ", y from \(AltText.number(yRange.lowerBound)) to \(AltText.number(yRange.upperBound))"
    }
    if let classes {
      let counts = (0..<classCount).map { k in "\(className(k)) (\(classes.filter { $0 == k }.count))" }
      text += ", classes: " + counts.joined(separator: ", ")
    }
    return text
  }

  func csvRows() -> [CSVRow] {
    x.indices.map { index in
      CSVRow(
        series: label ?? "", x: CSVRow.number(x[index]), y: CSVRow.number(y[index]),
        value: classes.map { $0.indices.contains(index) ? String($0[index]) : "" } ?? "")
    }
  }
}

extension Axes {
  /// Adds a scatter of the points `(x[i], y[i])` in one colour; every coordinate must be finite.
  ///
  /// ```swift
  /// axes.scatter(x: inputs, y: targets, label: "train")
  /// ```
  public mutating func scatter(
    x: [Double], y: [Double], label: String? = nil, marker: MarkerShape = .circle, color: SeriesColor? = nil
  ) {
    marks.append(.scatter(ScatterMark(x: x, y: y, label: label, marker: marker, color: color)))
  }

  /// Adds a scatter coloured and shaped by class: class `k` takes the panel's next palette colour `k`
  /// and the `k`-th marker shape after `marker`; the legend shows one marker per class.
  ///
  /// ```swift
  /// axes.scatter(x: points.map(\.x), y: points.map(\.y), classes: labels, classNames: ["A", "B"])
  /// ```
  public mutating func scatter(
    x: [Double], y: [Double], classes: [Int], classNames: [String]? = nil, label: String? = nil,
    marker: MarkerShape = .circle
  ) {
    marks.append(
      .scatter(
        ScatterMark(x: x, y: y, classes: classes, classNames: classNames, label: label, marker: marker))
    )
  }
}
