import ReglessonsCore

/// The entry point. `@main` rather than top-level code, so `main()` resolves to the `async` form that
/// `reglessons serve` needs.
@main enum Entry {
  static func main() async {
    await ReglessonsCommand.main()
  }
}
