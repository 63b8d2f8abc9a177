/// The stylesheet's rules for Swift highlighting, callouts and the table of contents, included in
/// `Stylesheet.css` before its print style.
///
/// Every text colour has a contrast of at least 4.5:1 on its background in both schemes (WCAG 2.2,
/// success criterion 1.4.3). The hues follow the Okabe-Ito palette, darkened for light backgrounds and
/// lightened for dark ones, and meaning never rests on colour alone: keywords are bold, comments italic,
/// and every callout names its kind in its title.
///
/// References: M. Okabe and K. Ito, "Color Universal Design" (2008); W3C, "Web Content Accessibility
/// Guidelines (WCAG) 2.2" (2023).
extension Stylesheet {
  static let prose = """
    :root {
      --tok-keyword: #9a2f6f;
      --tok-type: #005f96;
      --tok-function: #6639ba;
      --tok-string: #a34400;
      --tok-number: #00704f;
      --tok-attribute: #805600;
      --tok-comment: #5d6873;
      --callout-note: #1f5fa8;
      --callout-tip: #0a6b4a;
      --callout-important: #7a3fb0;
      --callout-warning: #875400;
      --callout-caution: #b3361b;
    }

    @media (prefers-color-scheme: dark) {
      :root {
        --tok-keyword: #f08cc0;
        --tok-type: #6cc3f0;
        --tok-function: #b9a0ff;
        --tok-string: #ffab70;
        --tok-number: #5fd3a8;
        --tok-attribute: #e6c04d;
        --tok-comment: #98a2ad;
        --callout-note: #6cb0ff;
        --callout-tip: #4fd1a0;
        --callout-important: #c39bff;
        --callout-warning: #e3b341;
        --callout-caution: #ff8a6b;
      }
    }

    .tok-keyword { color: var(--tok-keyword); font-weight: 600; }
    .tok-type { color: var(--tok-type); }
    .tok-function { color: var(--tok-function); }
    .tok-string { color: var(--tok-string); }
    .tok-number { color: var(--tok-number); }
    .tok-attribute { color: var(--tok-attribute); }
    .tok-comment { color: var(--tok-comment); font-style: italic; }

    .callout {
      --callout: var(--callout-note);
      margin: 0 0 1.1em;
      padding: 0.6em 1em;
      border-left: 4px solid var(--callout);
      border-radius: 0 6px 6px 0;
      background: var(--surface);
      background: color-mix(in srgb, var(--callout) 7%, var(--background));
    }
    .callout-tip { --callout: var(--callout-tip); }
    .callout-important { --callout: var(--callout-important); }
    .callout-warning { --callout: var(--callout-warning); }
    .callout-caution { --callout: var(--callout-caution); }
    .callout > :last-child { margin-bottom: 0; }
    .callout .callout-title {
      margin-bottom: 0.3em;
      font-weight: 700;
      color: var(--callout);
    }
    .callout pre, .callout code { background: var(--background); }
    .callout pre code { background: none; }

    .toc {
      margin: 0 0 1.8em;
      padding: 0.7em 1.2em 0.8em;
      border: 1px solid var(--border);
      border-radius: 6px;
      background: var(--surface);
      font-size: 0.95rem;
    }
    .toc h2 {
      margin: 0 0 0.3em;
      font-size: 0.8rem;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--muted);
    }
    .toc ol { margin: 0; padding-left: 1.4em; }
    .toc ol ol { margin-top: 0.15em; list-style: lower-alpha; }
    .toc li + li { margin-top: 0.15em; }
    .toc a, .toc a:visited { color: var(--accent); text-decoration: none; }
    .toc a:hover { text-decoration: underline; }

    @media print {
      .tok-keyword, .tok-type, .tok-function, .tok-string, .tok-number, .tok-attribute, .tok-comment {
        color: #000;
      }
      .callout { background: #fff; break-inside: avoid; }
      .toc { display: none; }
    }

    """
}
