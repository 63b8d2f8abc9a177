import CCairo
import Charts
import Foundation

/// A `Canvas` over a Cairo context; text is set with Pango (PangoCairo).
///
/// Font metrics are unhinted and glyph positions unrounded, so text measures the same at every output
/// scale and the layout of a figure does not depend on the PNG resolution. Keep a canvas on one task:
/// Cairo contexts are not thread-safe.
public final class CairoCanvas: Charts.Canvas {
  /// The `cairo_t *` this canvas draws on (retained for the canvas's lifetime).
  public let context: OpaquePointer
  let fontOptions: OpaquePointer?
  /// Sizes already measured on this canvas: layout asks for the same tick labels many times, and a
  /// Pango layout per question is the costliest part of laying a figure out. Metrics are unhinted, so
  /// a size does not depend on the canvas's transform and can be reused.
  var measured: [TextMeasureKey: Charts.Size] = [:]

  /// Wraps `context` (a `cairo_t *`), taking a reference to it.
  public init(context: OpaquePointer) {
    self.context = cairo_reference(context)
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    fontOptions = options
  }

  deinit {
    cairo_font_options_destroy(fontOptions)
    cairo_destroy(context)
  }

  /// Fills `path` with `color`.
  public func fill(_ path: Charts.Path, color: Charts.Color) {
    trace(path)
    setSource(color)
    cairo_fill(context)
  }

  /// Strokes `path` with `style`'s width, dashes, caps and joins.
  public func stroke(_ path: Charts.Path, style: StrokeStyle) {
    trace(path)
    setSource(style.color)
    cairo_set_line_width(context, style.width)
    style.dashPattern.withUnsafeBufferPointer { dashes in
      cairo_set_dash(context, dashes.baseAddress, Int32(dashes.count), 0)
    }
    switch style.lineCap {
    case .butt: cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
    case .round: cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
    case .square: cairo_set_line_cap(context, CAIRO_LINE_CAP_SQUARE)
    }
    switch style.lineJoin {
    case .miter: cairo_set_line_join(context, CAIRO_LINE_JOIN_MITER)
    case .round: cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
    case .bevel: cairo_set_line_join(context, CAIRO_LINE_JOIN_BEVEL)
    }
    cairo_stroke(context)
  }

  /// Pushes the Cairo state.
  public func save() { cairo_save(context) }

  /// Pops the Cairo state.
  public func restore() { cairo_restore(context) }

  /// Intersects the clip with `rect`.
  public func clip(to rect: Charts.Rect) {
    cairo_new_path(context)
    cairo_rectangle(context, rect.minX, rect.minY, rect.width, rect.height)
    cairo_clip(context)
  }

  func setSource(_ color: Charts.Color) {
    cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
  }

  private func trace(_ path: Charts.Path) {
    cairo_new_path(context)
    for element in path.elements {
      switch element {
      case .moveTo(let point): cairo_move_to(context, point.x, point.y)
      case .lineTo(let point): cairo_line_to(context, point.x, point.y)
      case .curveTo(let control1, let control2, let end):
        cairo_curve_to(context, control1.x, control1.y, control2.x, control2.y, end.x, end.y)
      case .close: cairo_close_path(context)
      }
    }
  }
}

/// What a text measurement depends on: the text and the font (not the colour).
struct TextMeasureKey: Hashable {
  let text: String
  let size: Double
  let bold: Bool
  let family: String
}
