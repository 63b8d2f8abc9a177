/// The colour of a mark: a slot of the theme's palette (so it changes with light/dark) or a fixed colour.
///
/// A mark with no colour takes the panel's next free palette slot. Give two marks the same
/// `.palette(k)` to tie them together, e.g. a mean line and its ± std band.
public enum SeriesColor: Codable, Equatable, Hashable, Sendable {
  /// The `k`-th colour of the theme's palette (wrapping around).
  case palette(Int)
  /// The same colour in every theme.
  case fixed(Color)

  /// The colour under `theme`.
  public func resolved(in theme: Theme) -> Color {
    switch self {
    case .palette(let index): return theme.seriesColor(index)
    case .fixed(let color): return color
    }
  }
}
