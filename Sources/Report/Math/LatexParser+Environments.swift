extension LatexParser {
  /// `\begin{NAME} … \end{NAME}` for the kinds in `MathTableKind`: cells separated by `&`, rows by `\\`
  /// (a trailing `\\` adds no row). Matrices and `cases` are in text style, `aligned` in display style,
  /// as in amsmath.
  mutating func environment(at offset: Int) throws(MathSyntaxError) -> MathNode {
    guard let (name, _) = try lexer.readVerbatimGroup() else {
      throw MathSyntaxError(
        offset: offset, message: "\\begin needs an environment name in braces, e.g. \\begin{pmatrix}")
    }
    guard let kind = MathTableKind(rawValue: name) else {
      throw MathSyntaxError(
        offset: offset,
        message: "unsupported LaTeX environment {\(name)} in math (see docs/math.md for what is supported)")
    }
    let saved = displayStyle
    displayStyle = kind == .aligned
    defer { displayStyle = saved }
    var rows: [[MathNode]] = [[]]
    while true {
      var cell = try parseRow()
      // `&=` in aligned: the relation starts its cell but keeps its spacing on the left.
      if kind == .aligned, rows[rows.count - 1].count % 2 == 1, case .operator(var op) = cell.first,
        op.form == nil
      {
        op.form = .infix
        cell[0] = .operator(op)
      }
      rows[rows.count - 1].append(.group(cell))
      let (token, tokenOffset) = lexer.next()
      switch token {
      case .character("&"): continue
      case .command("\\"): rows.append([])
      case .command("end"):
        guard let (endName, _) = try lexer.readVerbatimGroup() else {
          throw MathSyntaxError(
            offset: tokenOffset, message: "\\end needs the environment name: \\end{\(name)}")
        }
        guard endName == name else {
          throw MathSyntaxError(
            offset: tokenOffset, message: "\\begin{\(name)} is ended by \\end{\(endName)}")
        }
        if rows.count > 1, rows[rows.count - 1] == [.row([])] { rows.removeLast() }
        let table = MathNode.table(rows: rows, kind: kind)
        guard let fences = kind.fences else { return table }
        var nodes: [MathNode] = [
          .operator(MathOperator(text: fences.open, role: .open, stretchy: true)), table,
        ]
        if !fences.close.isEmpty {
          nodes.append(.operator(MathOperator(text: fences.close, role: .close, stretchy: true)))
        }
        return .row(nodes)
      default:
        throw MathSyntaxError(offset: offset, message: "\\begin{\(name)} has no matching \\end{\(name)}")
      }
    }
  }
}
