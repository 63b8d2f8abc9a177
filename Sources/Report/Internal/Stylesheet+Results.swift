extension Stylesheet {
  /// Result tables, metrics, the claims list and code-cell output.
  static let results = """
    .result-table table { margin: 0; }
    .result-table td.num, .result-table th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .metric { font-variant-numeric: tabular-nums; font-weight: 600; }

    ul.claims { list-style: none; padding-left: 0; }
    .claim { display: flex; gap: 0.6em; align-items: baseline; padding: 0.3em 0; }
    .claim-mark { font-weight: 700; min-width: 1.2em; text-align: center; }
    .claim-holds .claim-mark { color: #1a7f37; }
    .claim-fails .claim-mark { color: #b42318; }
    .claims-warning {
      border-left: 4px solid #b42318;
      padding: 0.4em 0.8em;
      background: var(--surface);
    }
    @media (prefers-color-scheme: dark) {
      .claim-holds .claim-mark { color: #56d364; }
      .claim-fails .claim-mark { color: #ff7b72; }
      .claims-warning { border-left-color: #ff7b72; }
    }

    figure.code-cell pre.cell-output {
      border-top: 0;
      border-radius: 0 0 6px 6px;
      background: var(--background);
      margin: 0;
      font-size: 0.82em;
    }
    figure.code-cell pre:has(+ pre.cell-output) { border-radius: 6px 6px 0 0; }
    ul.cell-recorded {
      list-style: none;
      margin: 0.3em 0 0;
      padding: 0;
      font-size: 0.82rem;
      color: var(--muted);
    }
    ul.cell-recorded li { display: inline; margin-right: 1em; }

    """
}
