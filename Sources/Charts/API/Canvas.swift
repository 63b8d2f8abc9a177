/// The narrow drawing surface a figure is rendered onto: a few primitives, and text measurement as the
/// only thing reported back (matplotlib's renderer idea).
///
/// Coordinates are figure coordinates: origin at the top left, y grows downwards, units are points.
/// A canvas holds mutable drawing state, so keep one on a single task.
public protocol Canvas: AnyObject {
  /// Fills the inside of `path` (non-zero winding).
  func fill(_ path: Path, color: Color)
  /// Strokes the outline of `path`.
  func stroke(_ path: Path, style: StrokeStyle)
  /// Draws one line of text so that `anchor` of its box sits at `point`, turned by `rotation` degrees
  /// about that point (positive turns clockwise on screen; -90 reads bottom to top).
  func drawText(_ text: String, at point: Point, style: TextStyle, anchor: TextAnchor, rotation: Double)
  /// The unrotated size of one line of text: advance width and line height.
  func measureText(_ text: String, style: TextStyle) -> Size
  /// Pushes the clip region (and other drawing state).
  func save()
  /// Pops the state pushed by the matching `save()`.
  func restore()
  /// Intersects the clip region with `rect` until the matching `restore()`.
  func clip(to rect: Rect)
  /// Paints `image` stretched over `rect`; `smooth` interpolates between pixels (a continuous field),
  /// otherwise each pixel stays a sharp-edged cell (a matrix).
  func drawImage(_ image: RasterImage, in rect: Rect, smooth: Bool)
}
