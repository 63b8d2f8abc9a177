extension Stylesheet {
  /// Rules for MathML Core formulas (see `LessonMath`): an OpenType MATH font, display equations that
  /// scroll rather than overflow on narrow screens, numbered equations centred with the number at the
  /// right margin, and the column alignment of `cases` and `aligned` (MathML Core has no `columnalign`).
  static let math = """

    math {
      font-family: "Latin Modern Math", "STIX Two Math", "DejaVu Math TeX Gyre", "Cambria Math", math;
    }
    math[display="block"] {
      margin: 0 0 1.1em;
      overflow-x: auto;
      overflow-y: hidden;
      padding: 0.1em 0;
    }
    .equation {
      display: grid;
      grid-template-columns: 1fr minmax(0, auto) 1fr;
      align-items: center;
      margin: 0 0 1.1em;
      scroll-margin-top: 1rem;
    }
    .equation > math[display="block"] {
      grid-column: 2;
      margin: 0;
      min-width: 0;
      max-width: 100%;
    }
    .equation-number {
      grid-column: 3;
      justify-self: end;
      padding-left: 1em;
      white-space: nowrap;
    }
    .equation:target { background: var(--mark); }
    a.eqref { white-space: nowrap; }
    mtable.cases > mtr > mtd { text-align: left; padding-left: 0; padding-right: 1em; }
    mtable.aligned > mtr > mtd { padding-left: 0; padding-right: 0; }
    mtable.aligned > mtr > mtd:nth-child(odd) { text-align: right; }
    mtable.aligned > mtr > mtd:nth-child(even) { text-align: left; }

    """
}
