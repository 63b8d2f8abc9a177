import Charts
import ChartsCairo
import Foundation
import LessonKit

/// Rendered figure files by content address: `<cache folder>/<key>.<svg|png|csv>`, so a page whose
/// figures did not change is written without drawing anything.
///
/// ```
/// key = SHA-256("reglessons-figure 1\n"
///               "renderer <fingerprint>\n"
///               "file <light.svg | dark.svg | light@2x.png | data.csv>\n"
///               "figure <SHA-256 of the figure's JSON, keys sorted>\n")
/// ```
///
/// The renderer's fingerprint covers its code (`CodeVersion.renderer`) and what Cairo output also
/// depends on but no source file shows: the Cairo, Pango, FreeType and zlib libraries and the installed
/// fonts. It is the digest of a small probe figure with text, rendered to SVG (glyph outlines
/// included) and PNG by this process.
struct FigureCache: Sendable {
  let folder: CacheFolder
  /// The renderer's fingerprint (`FigureCache.rendererFingerprint()`).
  let renderer: String
  /// Whether cached files may stand in for rendering (`--no-cache` only stores).
  let reuses: Bool
  /// The digests of the figures about to be written, by name, when already known (from the result
  /// cache); others are computed.
  var knownDigests: [String: String] = [:]

  /// Bump when the meaning of a key changes.
  static let format = 1

  /// The key of one rendered file of the figure whose JSON digest is `figure`.
  func key(figure: String, file: String) -> String {
    SHA256.hex(
      """
      reglessons-figure \(Self.format)
      renderer \(renderer)
      file \(file)
      figure \(figure)

      """)
  }

  /// The cached file for `key`, if any (and if reusing is allowed); an empty file is no file.
  func load(_ key: String, fileExtension: String) -> Data? {
    guard reuses, let data = try? Data(contentsOf: folder.url(key, fileExtension)), !data.isEmpty else {
      return nil
    }
    return data
  }

  /// Stores a rendered file under `key`.
  func store(_ data: Data, key: String, fileExtension: String) throws(ReglessonsError) {
    try folder.writeAtomically(data, to: folder.url(key, fileExtension))
  }

  /// The digest of `named`'s figure: known, or computed.
  func digest(of named: Recordings.NamedFigure) throws(ReglessonsError) -> String {
    if let known = knownDigests[named.name] { return known }
    return try Self.digest(of: named.figure)
  }

  /// The digests of `recordings`' figures by name.
  static func digests(of recordings: Recordings) throws(ReglessonsError) -> [String: String] {
    var digests: [String: String] = [:]
    for named in recordings.figures { digests[named.name] = try digest(of: named.figure) }
    return digests
  }

  /// The SHA-256 of `figure`'s JSON with sorted keys: equal figures, equal digests.
  static func digest(of figure: Figure) throws(ReglessonsError) -> String {
    let data: Data
    do {
      data = try ResultCache.encoder.encode(figure)
    } catch {
      throw .cannotWrite("a figure cache key", reason: String(describing: error))
    }
    var hash = SHA256()
    hash.update(data)
    return hash.hexDigest()
  }

  /// The digest of the renderer's code and a probe figure drawn by this process's Cairo, Pango and
  /// fonts; `nil` when the probe cannot be drawn (then nothing is cached).
  static func rendererFingerprint() -> String? {
    var probe = Figure(width: 160, height: 100)
    probe[0, 0] = Axes(title: "Probe Ag −0.5 λ²", xLabel: "weight w", yLabel: "R(w)")
    probe[0, 0].line(x: [0, 0.5, 1], y: [1, 0.25, 0], label: "fingerprint")
    guard let svg = try? CairoFigureRenderer.svg(probe, theme: .light),
      let png = try? CairoFigureRenderer.png(probe, theme: .light, scale: 2)
    else { return nil }
    var hash = SHA256()
    hash.update("renderer \(CodeVersion.renderer)\n")
    hash.update(svg)
    hash.update(png)
    return hash.hexDigest()
  }
}
