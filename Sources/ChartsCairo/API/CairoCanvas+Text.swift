import CCairo
import Charts
import Foundation

extension CairoCanvas {
  /// Draws one line of text with Pango so that `anchor` of its logical box sits at `point`, turned by
  /// `rotation` degrees about that point.
  ///
  /// A character no installed font covers is drawn as a hex box (see `missingGlyphCount`); NUL and
  /// Unicode noncharacters, which Cairo would reject, are drawn as U+FFFD "�" (see `CairoText`).
  public func drawText(
    _ text: String, at point: Charts.Point, style: TextStyle, anchor: TextAnchor, rotation: Double
  ) {
    cairo_save(context)
    cairo_translate(context, point.x, point.y)
    if rotation != 0 { cairo_rotate(context, rotation * Double.pi / 180) }
    withLayout(text, style: style) { layout, box, baseline in
      let dx: Double
      switch anchor.horizontal {
      case .start: dx = -box.minX
      case .middle: dx = -box.minX - box.width / 2
      case .end: dx = -box.minX - box.width
      }
      let dy: Double
      switch anchor.vertical {
      case .top: dy = -box.minY
      case .middle: dy = -box.minY - box.height / 2
      case .baseline: dy = -baseline
      case .bottom: dy = -box.minY - box.height
      }
      setSource(style.color)
      cairo_move_to(context, dx, dy)
      pango_cairo_update_layout(context, layout)
      pango_cairo_show_layout(context, layout)
    }
    cairo_restore(context)
  }

  /// The logical (advance and line-height) size of one line of text, exactly as `drawText` sets it.
  public func measureText(_ text: String, style: TextStyle) -> Charts.Size {
    let key = TextMeasureKey(
      text: text, size: style.size, bold: style.weight == .bold, family: style.fontFamily)
    if let size = measured[key] { return size }
    let size = withLayout(text, style: style) { _, box, _ in box.size }
    measured[key] = size
    return size
  }

  /// How many characters of `text` no installed font can draw: Pango shows each as a box with its
  /// code point in hex (e.g. CJK text when no CJK font is installed, or a private-use code point).
  /// Fontconfig fallback counts: a character missing from `style`'s family but found in another
  /// installed font is drawn and not counted.
  public func missingGlyphCount(in text: String, style: TextStyle) -> Int {
    withLayout(text, style: style) { layout, _, _ in Int(pango_layout_get_unknown_glyphs_count(layout)) }
  }

  /// Builds a Pango layout for `text` on this context and passes it with its logical box (in points,
  /// relative to the layout origin) and its baseline.
  private func withLayout<T>(
    _ text: String, style: TextStyle,
    _ body: (OpaquePointer?, Charts.Rect, Double) -> T
  ) -> T {
    let layout = pango_cairo_create_layout(context)
    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
    let pangoContext = pango_layout_get_context(layout)
    pango_cairo_context_set_font_options(pangoContext, fontOptions)
    pango_context_set_round_glyph_positions(pangoContext, 0)
    pango_layout_context_changed(layout)

    let font = pango_font_description_new()
    defer { pango_font_description_free(font) }
    pango_font_description_set_family(font, style.fontFamily)
    pango_font_description_set_weight(
      font, style.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    pango_font_description_set_absolute_size(font, style.size * Double(PANGO_SCALE))
    pango_layout_set_font_description(layout, font)
    pango_layout_set_text(layout, CairoText.sanitized(text), -1)

    var logical = PangoRectangle()
    pango_layout_get_extents(layout, nil, &logical)
    let scale = Double(PANGO_SCALE)
    let box = Charts.Rect(
      x: Double(logical.x) / scale, y: Double(logical.y) / scale,
      width: Double(logical.width) / scale, height: Double(logical.height) / scale)
    let baseline = Double(pango_layout_get_baseline(layout)) / scale
    return body(layout, box, baseline)
  }
}
