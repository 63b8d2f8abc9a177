/// Numbers a lesson's labelled display equations (1), (2), … in order of appearance, and gives each an
/// id for links.
///
/// The id is `eq-` followed by the label without a leading `eq:`, lowercased, with every character
/// other than `a`–`z`, `0`–`9` and `-` turned into `-`: `\label{eq:objective}` → `eq-objective`,
/// `\label{L2 penalty}` → `eq-l2-penalty`. Two labels with the same id are an error.
struct EquationNumbering {
  private struct Entry {
    let number: Int
    let id: String
    let label: String
    let line: Int
  }

  /// The lesson.md line of body line 1, so messages name lines of the file.
  let bodyStartLine: Int
  private var entries: [String: Entry] = [:]
  private var labelsByID: [String: String] = [:]
  /// The ids in order of the numbers.
  private(set) var ids: [String] = []

  init(bodyStartLine: Int) {
    self.bodyStartLine = bodyStartLine
  }

  /// Numbers the equation labelled `label` on body line `line`.
  mutating func add(_ label: String, line: Int) throws(MathExtractionError) {
    let id = Self.id(for: label)
    if let existing = labelsByID[id], let first = entries[existing] {
      let firstLine = bodyStartLine + first.line - 1
      let message =
        existing == label
        ? "\\label{\(label)} is already used on line \(firstLine); give each equation its own label"
        : "\\label{\(label)} gives the id \(id), which \\label{\(existing)} on line \(firstLine) has already"
      throw MathExtractionError(line: line, message: message)
    }
    ids.append(id)
    labelsByID[id] = label
    entries[label] = Entry(number: ids.count, id: id, label: label, line: line)
  }

  /// The number and id of the equation labelled `label`, if there is one.
  func equation(_ label: String) -> (number: Int, id: String)? {
    entries[label].map { ($0.number, $0.id) }
  }

  /// The labels in order, for error messages.
  var labels: [String] {
    entries.values.sorted { $0.number < $1.number }.map(\.label)
  }

  /// The numbers by label, for `\eqref` inside math.
  var numbers: [String: Int] {
    entries.mapValues(\.number)
  }

  /// `eq-` and the label made safe for an id (see the type's documentation).
  static func id(for label: String) -> String {
    let name = label.hasPrefix("eq:") ? label.dropFirst(3) : Substring(label)
    var id = "eq-"
    for scalar in name.lowercased().unicodeScalars {
      let isKept = ("a"..."z").contains(scalar) || scalar.isASCIIDigit || scalar == "-"
      id.unicodeScalars.append(isKept ? scalar : "-")
    }
    return id
  }
}
