/// The site's one stylesheet, written to `assets/style.css`: a readable notebook-like theme with light and
/// dark schemes (CSS custom properties), responsive figures, and a print style. The rules for highlighted
/// code, callouts and the table of contents are in `Stylesheet+Prose.swift`. Kept in code so the module
/// needs no bundle resources.
///
/// The parts, in cascade order: `base` (custom properties, typography, lesson content), `layout`
/// (header, sidebar, index cards, pager, reproducibility; `Stylesheet+Layout.swift`), then `print`,
/// last so it wins. A theme's `style.css` follows all of them.
enum Stylesheet {
  static let css = [base, prose, results, math, layout, print].joined(separator: "\n")

  /// Custom properties (light, dark), typography and the lesson body's elements.
  static let base = """
    :root {
      color-scheme: light dark;
      --text: #1d2125;
      --muted: #5b6570;
      --background: #fdfdfc;
      --surface: #f3f4f2;
      --border: #d8dbd6;
      --accent: #1f5fa8;
      --accent-visited: #6a3f9e;
      --focus: #e36c0a;
      --code-background: #f1f2ef;
      --mark: #fff3b0;
      --frame: 46rem;
      --sidebar: 14rem;
    }

    @media (prefers-color-scheme: dark) {
      :root {
        --text: #e4e6e8;
        --muted: #a3acb5;
        --background: #15181b;
        --surface: #1e2226;
        --border: #343a40;
        --accent: #7fb5ff;
        --accent-visited: #c5a3ff;
        --focus: #ffa657;
        --code-background: #1f2428;
        --mark: #5c4d00;
      }
    }

    *, *::before, *::after { box-sizing: border-box; }

    html {
      font-size: 100%;
      -webkit-text-size-adjust: 100%;
      text-size-adjust: 100%;
    }

    body {
      margin: 0;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Helvetica Neue", Arial,
        sans-serif;
      font-size: 1.125rem;
      line-height: 1.6;
      color: var(--text);
      background: var(--background);
    }

    a { color: var(--accent); text-underline-offset: 0.15em; }
    a:visited { color: var(--accent-visited); }
    a:hover { text-decoration-thickness: 2px; }

    :focus-visible {
      outline: 3px solid var(--focus);
      outline-offset: 2px;
      border-radius: 2px;
    }

    h1, h2, h3, h4 { line-height: 1.25; margin: 2em 0 0.6em; }
    h1 { font-size: 2.1rem; margin-top: 0.5em; }
    h2 { font-size: 1.55rem; }
    h3 { font-size: 1.25rem; }
    h4 { font-size: 1.05rem; }
    h2[id], h3[id] { scroll-margin-top: 1rem; }

    p, ul, ol, blockquote, table, pre, figure, details { margin: 0 0 1.1em; }
    .lead { font-size: 1.25rem; color: var(--muted); }
    li + li { margin-top: 0.25em; }
    mark { background: var(--mark); color: inherit; }
    hr { border: 0; border-top: 1px solid var(--border); margin: 2em 0; }

    blockquote {
      margin-left: 0;
      padding: 0.2em 1em;
      border-left: 4px solid var(--border);
      color: var(--muted);
    }

    code, kbd, samp, pre {
      font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
      font-size: 0.88em;
    }
    code {
      background: var(--code-background);
      padding: 0.1em 0.3em;
      border-radius: 4px;
    }
    pre {
      background: var(--code-background);
      border: 1px solid var(--border);
      border-radius: 6px;
      padding: 0.9em 1em;
      overflow-x: auto;
      line-height: 1.45;
    }
    pre code { background: none; padding: 0; font-size: inherit; }

    table {
      border-collapse: collapse;
      display: block;
      max-width: 100%;
      overflow-x: auto;
      font-variant-numeric: tabular-nums;
    }
    th, td { border: 1px solid var(--border); padding: 0.35em 0.7em; }
    th { background: var(--surface); text-align: left; }
    tbody tr:nth-child(even) { background: var(--surface); }

    figure { margin-left: 0; margin-right: 0; }
    figure img, figure svg, article img {
      display: block;
      max-width: 100%;
      height: auto;
    }
    figure.chart picture { display: block; }
    figcaption {
      margin-top: 0.5em;
      font-size: 0.9rem;
      color: var(--muted);
    }
    .figure-number { font-weight: 600; color: var(--text); }
    .figure-download { margin-left: 0.3em; font-size: 0.85em; }
    figure.code-cell pre { margin: 0; }
    figure.code-cell figcaption { margin-top: 0.3em; font-size: 0.8rem; }
    figure.code-cell figcaption code { background: none; padding: 0; }

    details {
      border: 1px solid var(--border);
      border-radius: 6px;
      padding: 0.5em 1em;
      background: var(--surface);
    }
    summary { cursor: pointer; font-weight: 600; }
    details[open] summary { margin-bottom: 0.5em; }

    .contains-task-list { list-style: none; padding-left: 1.2em; }
    .task-list-item input { margin-right: 0.4em; }

    .footnotes {
      border-top: 1px solid var(--border);
      margin-top: 2.5em;
      padding-top: 0.5em;
      font-size: 0.9rem;
      color: var(--muted);
    }

    """

  /// Paper: black on white, no navigation, external link targets spelled out, figures kept whole.
  static let print = """
    @media print {
      :root {
        --text: #000;
        --muted: #333;
        --background: #fff;
        --surface: #fff;
        --border: #999;
        --accent: #000;
        --accent-visited: #000;
        --code-background: #fff;
      }
      body { font-size: 11pt; color: #000; background: #fff; }
      .skip-link, .site-header, .sidebar, .pager, .downloads, .figure-download { display: none; }
      .layout, main, .site-footer p { display: block; max-width: none; margin: 0; padding: 0; }
      a, a:visited { color: #000; text-decoration: underline; }
      a[href^="http://"]::after, a[href^="https://"]::after {
        content: " (" attr(href) ")";
        font-size: 0.85em;
        overflow-wrap: anywhere;
      }
      pre, figure, table, details, .lesson-card, .reproducibility { break-inside: avoid; }
      figure img, figure svg { max-height: 90vh; }
      h2, h3 { break-after: avoid; }
      .lesson-list { display: block; }
      .lesson-card { border: 0; padding: 0; margin-bottom: 1.2em; }
      .lesson-thumbnail { display: none; }
    }

    """
}
