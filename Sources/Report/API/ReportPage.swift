/// One lesson page of the site: what the index lists and everything the page shows around its body.
public struct ReportPage: Equatable, Sendable {
  /// The lesson id; the page is written to `<id>/index.html`. Lowercase letters, digits, `-` and `_`.
  public var id: String
  /// The page title (shown as `<h1>` and on the index).
  public var title: String
  /// A one-sentence summary (the lead paragraph and the index card text).
  public var summary: String
  /// Index position; pages without one sort after those with one, then by id.
  public var order: Int?
  /// The lesson body as HTML, e.g. `RenderedLesson.html`.
  public var bodyHTML: String
  /// A difficulty label such as "beginner", shown as a small label on the page and its index card.
  public var level: String?
  /// Reading time in minutes, shown as "10 min" on the page and its index card.
  public var minutes: Int?
  /// The page's language for `<html lang>`, a BCP 47 tag such as "en" or "de-CH".
  public var lang: String
  /// The page's table of contents as HTML, e.g. `RenderedLesson.tocHTML` (a `<nav class="toc">` with an
  /// "On this page" heading and a list of links); shown in the sidebar under the lesson list when not
  /// empty.
  public var tocHTML: String
  /// The picture on the page's index card.
  public var thumbnail: Thumbnail?
  /// What a reader needs to reproduce the run (engine version, seeds, scale, cache key, ...), listed in
  /// order under "Reproducibility" at the end of the page.
  public var reproducibility: [Fact]
  /// Files a reader can download (results, data, source), listed in order under "Downloads".
  public var downloads: [Download]
  /// Ids of lessons to read first (front matter `prerequisites`), linked under the title.
  public var prerequisites: [String]

  /// An index-card picture: a light and an optional dark image, with alt text.
  public struct Thumbnail: Equatable, Sendable {
    /// The image for light schemes, relative to the lesson folder, e.g. "figures/penalties.svg".
    public var light: String
    /// The image for dark schemes, relative to the lesson folder, e.g. "figures/penalties-dark.svg".
    public var dark: String?
    /// What the picture shows, for screen readers.
    public var alt: String

    /// Creates a thumbnail from paths relative to the lesson folder.
    public init(light: String, dark: String? = nil, alt: String) {
      self.light = light
      self.dark = dark
      self.alt = alt
    }
  }

  /// One labelled fact about the run, e.g. "Seeds" → "0, 1, 2".
  public struct Fact: Equatable, Sendable {
    /// The term, e.g. "Engine".
    public var label: String
    /// Its value as text, e.g. "reglessons 0.4 (Keras semantics)".
    public var value: String

    /// Creates a fact.
    public init(label: String, value: String) {
      self.label = label
      self.value = value
    }
  }

  /// One downloadable file: a link text and an address relative to the lesson page.
  public struct Download: Equatable, Sendable {
    /// The link text, e.g. "Every recorded number (JSON)".
    public var label: String
    /// The address relative to the lesson page, e.g. "results.json" or "figures/penalties.csv".
    public var href: String

    /// Creates a download link.
    public init(label: String, href: String) {
      self.label = label
      self.href = href
    }
  }

  /// Creates a page; everything after `bodyHTML` is optional.
  public init(
    id: String, title: String, summary: String, order: Int?, bodyHTML: String, level: String? = nil,
    minutes: Int? = nil, lang: String = "en", tocHTML: String = "", thumbnail: Thumbnail? = nil,
    reproducibility: [Fact] = [], downloads: [Download] = []
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.order = order
    self.bodyHTML = bodyHTML
    self.level = level
    self.minutes = minutes
    self.lang = lang
    self.tocHTML = tocHTML
    self.thumbnail = thumbnail
    self.reproducibility = reproducibility
    self.downloads = downloads
    prerequisites = []
  }

  /// Creates the page for a lesson from its source's front matter (`title`, `summary`, `order`, `level`,
  /// `minutes`, `lang`) and its rendered body. A `minutes` that is not an integer is left out.
  public init(id: String, source: LessonSource, rendered: RenderedLesson) {
    let front = source.frontMatter
    self.init(
      id: id, title: front.title, summary: front.summary, order: front.order, bodyHTML: rendered.html,
      level: front.level?.rawValue, minutes: front.minutes, lang: front.lang, tocHTML: rendered.tocHTML)
    prerequisites = front.prerequisites
  }
}
