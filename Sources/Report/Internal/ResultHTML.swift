/// HTML for result tables and the claims list.
enum ResultHTML {
  /// `<figure class="result-table">` around a `<table>`; numeric cells get `class="num"`.
  static func table(name: String, _ table: TableArtifact) -> String {
    let head = table.header.map { "<th scope=\"col\">\($0.htmlEscaped)</th>" }.joined()
    let body = table.rows.map { row in
      "<tr>"
        + row.map { cell in
          cell.isNumber
            ? "<td class=\"num\">\(cell.text.htmlEscaped)</td>" : "<td>\(cell.text.htmlEscaped)</td>"
        }.joined() + "</tr>\n"
    }.joined()
    return """
      <figure class="result-table" id="table-\(name.htmlEscaped)">
      <table>
      <thead><tr>\(head)</tr></thead>
      <tbody>
      \(body)</tbody>
      </table>
      </figure>
      """
  }

  /// The claims as a list, each marked as holding or not.
  static func claims(_ claims: [ClaimArtifact]) -> String {
    let failed = claims.filter { !$0.holds }.count
    let warning =
      failed == 0
      ? ""
      : "<p class=\"claims-warning\" role=\"alert\">\(failed) of \(claims.count) claims do not hold in "
        + "this run.</p>\n"
    let items = claims.map { claim in
      claim.holds
        ? "<li class=\"claim claim-holds\"><span class=\"claim-mark\" aria-label=\"holds\">✓</span> "
          + "\(claim.statement.htmlEscaped)</li>\n"
        : "<li class=\"claim claim-fails\"><span class=\"claim-mark\" aria-label=\"does not hold\">✗</span> "
          + "\(claim.statement.htmlEscaped) <strong>(does not hold in this run)</strong></li>\n"
    }
    return warning + "<ul class=\"claims\">\n" + items.joined() + "</ul>"
  }
}
