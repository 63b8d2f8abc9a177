extension Stylesheet {
  /// The page frame: skip link, header and footer, the sidebar (above the article and collapsed on narrow
  /// screens, beside it from 64rem), index cards, labels, the pager, and the downloads and reproducibility
  /// sections. `--frame` is the width of the header, footer and index; `--sidebar` the sidebar's.
  static let layout = """
    @media (min-width: 64rem) {
      :root { --frame: 64rem; }
    }

    .skip-link {
      position: absolute;
      left: 0.5rem;
      top: -3rem;
      padding: 0.4rem 0.8rem;
      background: var(--background);
      border: 1px solid var(--border);
      z-index: 10;
    }
    .skip-link:focus { top: 0.5rem; }

    .site-header nav, .site-footer p, .layout, body.index main {
      max-width: var(--frame);
      margin-left: auto;
      margin-right: auto;
      padding-left: 1.25rem;
      padding-right: 1.25rem;
    }
    main { padding-top: 1.5rem; padding-bottom: 3rem; }
    body.index .lead { max-width: 40em; }

    .site-header {
      border-bottom: 1px solid var(--border);
      background: var(--surface);
    }
    .site-header nav { padding-top: 0.75rem; padding-bottom: 0.75rem; }
    .site-title { font-weight: 700; text-decoration: none; color: var(--text); }
    .site-title:visited { color: var(--text); }

    .site-footer {
      border-top: 1px solid var(--border);
      color: var(--muted);
      font-size: 0.875rem;
    }
    .site-footer p { margin-top: 1rem; margin-bottom: 1.5rem; }

    .sidebar { padding-top: 1rem; font-size: 0.95rem; }
    .sidebar-contents { margin: 0; }
    .sidebar .toc { margin: 0; padding: 0; border: 0; background: none; font-size: inherit; }
    .sidebar-heading, .sidebar .toc h2 {
      margin: 0.8rem 0 0.4rem;
      font-size: 0.8rem;
      font-weight: 600;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--muted);
    }
    .sidebar ol, .sidebar .toc ol { list-style: none; margin: 0 0 0.8rem; padding: 0; }
    .sidebar ol ol, .sidebar .toc ol ol { margin: 0.15rem 0 0; padding-left: 0.9rem; }
    .sidebar li + li { margin-top: 0.15rem; }
    .sidebar a, .sidebar a:visited { color: var(--accent); text-decoration: none; }
    .sidebar a:hover { text-decoration: underline; }
    .sidebar li > a {
      display: block;
      padding: 0.15rem 0 0.15rem 0.6rem;
      border-left: 3px solid transparent;
    }
    .lesson-nav a[aria-current="page"] {
      border-left-color: var(--accent);
      color: var(--text);
      font-weight: 600;
    }

    @media (min-width: 64rem) {
      .layout {
        display: grid;
        grid-template-columns: var(--sidebar) minmax(0, 1fr);
        gap: 3rem;
      }
      .sidebar {
        position: sticky;
        top: 0;
        align-self: start;
        max-height: 100vh;
        overflow-y: auto;
        padding-top: 1.5rem;
        padding-bottom: 1.5rem;
      }
      .sidebar-contents { border: 0; padding: 0; background: none; }
    }
    /* Wide screens show the sidebar open whatever the <details> state, where the browser can style its
       content; elsewhere the summary stays, so the lessons remain one click away. */
    @supports selector(::details-content) {
      @media (min-width: 64rem) {
        .sidebar-contents > summary { display: none; }
        .sidebar-contents::details-content { content-visibility: visible; height: auto; }
      }
    }

    .lesson-meta { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: -0.4em 0 1.6em; font-size: 0.8rem; }
    .lesson-prerequisites { color: var(--muted); align-self: center; margin-left: 0.3rem; }
    .tag {
      padding: 0.05em 0.65em;
      border: 1px solid var(--border);
      border-radius: 999px;
      background: var(--surface);
      color: var(--muted);
    }

    .lesson-list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
      gap: 1.25rem;
      list-style: none;
      padding: 0;
    }
    .lesson-list > li + li { margin-top: 0; }
    .lesson-card {
      position: relative;
      display: flex;
      flex-direction: column;
      padding: 1rem 1.1rem;
      border: 1px solid var(--border);
      border-radius: 8px;
      background: var(--surface);
    }
    .lesson-card:hover { border-color: var(--accent); }
    .lesson-card h2 { font-size: 1.25rem; margin: 0 0 0.35em; }
    .lesson-card h2 a, .lesson-card h2 a:visited { color: var(--text); text-decoration: none; }
    .lesson-card:hover h2 a { text-decoration: underline; }
    /* The title link covers the whole card, so the card is one link and one tab stop. */
    .lesson-card h2 a::after { content: ""; position: absolute; inset: 0; border-radius: 8px; }
    .lesson-card h2 a:focus-visible { outline: none; }
    .lesson-card h2 a:focus-visible::after { outline: 3px solid var(--focus); outline-offset: 2px; }
    .lesson-card p { margin: 0 0 0.8em; color: var(--muted); font-size: 1rem; }
    .lesson-card .lesson-meta { margin: auto 0 0; font-size: 0.8rem; }
    .lesson-thumbnail {
      order: -1;
      display: block;
      margin: -1rem -1.1rem 1rem;
      border-bottom: 1px solid var(--border);
      border-radius: 8px 8px 0 0;
      background: var(--background);
      overflow: hidden;
    }
    .lesson-thumbnail img { display: block; width: 100%; height: auto; aspect-ratio: 12 / 7; object-fit: contain; }

    .downloads, .reproducibility {
      margin-top: 2.5rem;
      padding-top: 0.3rem;
      border-top: 1px solid var(--border);
      font-size: 0.95rem;
    }
    .downloads + .reproducibility { margin-top: 1.5rem; }
    .downloads h2, .reproducibility h2 { font-size: 1.15rem; margin: 1em 0 0.6em; }
    .downloads ul { padding-left: 1.2em; }
    .download-path { margin-left: 0.3em; font-size: 0.8em; color: var(--muted); }
    .reproducibility dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.3em 1.2em;
      margin: 0;
    }
    .reproducibility dt { font-weight: 600; color: var(--muted); }
    .reproducibility dd { margin: 0; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
    @media (max-width: 30rem) {
      .reproducibility dl { grid-template-columns: minmax(0, 1fr); gap: 0; }
      .reproducibility dd { margin-bottom: 0.5em; }
    }

    .pager {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 1rem;
      margin-top: 3rem;
    }
    .pager a, .pager a:visited {
      flex: 0 1 48%;
      padding: 0.6rem 0.9rem;
      border: 1px solid var(--border);
      border-radius: 6px;
      color: var(--accent);
      text-decoration: none;
    }
    .pager a:hover { border-color: var(--accent); }
    .pager-next { margin-left: auto; text-align: right; }
    .pager-label {
      display: block;
      font-size: 0.8rem;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--muted);
    }

    """
}
