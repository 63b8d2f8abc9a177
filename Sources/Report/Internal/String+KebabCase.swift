extension String {
  /// True for lowercase kebab-case names such as `penalty-shapes` or `fit-l2`: a letter a-z, then
  /// letters a-z and digits in groups joined by single hyphens.
  var isKebabCase: Bool {
    guard let first = unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return split(separator: "-", omittingEmptySubsequences: false).allSatisfy { group in
      !group.isEmpty
        && group.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
  }
}
