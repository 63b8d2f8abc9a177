/// One thing drawn in a panel: a line, a scatter of points, bars, a heatmap, ...
///
/// Each case holds a plain `Codable` value (data + styling, no closures), so a whole `Figure` can be
/// cached as JSON and rendered later. Add marks with the `Axes` methods (`line`, `scatter`, ...).
public enum Mark: Codable, Equatable, Sendable {
  /// Points joined by segments (or steps), with optional markers.
  case line(LineMark)
  /// Points drawn as markers, optionally coloured and shaped by class.
  case scatter(ScatterMark)
  /// A translucent region between a lower and an upper curve (e.g. mean ± std).
  case band(BandMark)
  /// A path with an arrow head at its end (e.g. optimiser steps), with optional markers.
  case arrow(ArrowMark)
  /// A text annotation at a data point, optionally with a pointer to it.
  case text(TextMark)
  /// Bars from 0 for each category, grouped side by side, with optional error bars.
  case bars(BarMark)
  /// Counts (or a density) of raw values per bin, computed when drawn.
  case histogram(HistogramMark)
  /// Each category's values as jittered points over a box plot.
  case strip(StripMark)
  /// A matrix of values as coloured cells, optionally with a colour bar and the values written in.
  case heatmap(HeatmapMark)
  /// A classifier's output over the input plane in light class tints, with its decision boundary.
  case decisionMap(DecisionMapMark)
  /// Lines where a field on a grid takes given values, optionally labelled or with filled bands.
  case contour(ContourMark)

  /// The mark's behaviour, whatever its kind.
  var behavior: any MarkBehavior {
    switch self {
    case .line(let mark): return mark
    case .scatter(let mark): return mark
    case .band(let mark): return mark
    case .arrow(let mark): return mark
    case .text(let mark): return mark
    case .bars(let mark): return mark
    case .histogram(let mark): return mark
    case .strip(let mark): return mark
    case .heatmap(let mark): return mark
    case .decisionMap(let mark): return mark
    case .contour(let mark): return mark
    }
  }

  /// A short noun for the kind, as used in alt text and errors: "line", "scatter", ...
  public var kindName: String { behavior.kindName }
}
