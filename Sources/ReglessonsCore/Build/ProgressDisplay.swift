import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Shows a build's events on a terminal and keeps its summary. Safe to call from several threads.
///
/// - `.plain` (a pipe, a file, or `CI` set): one line per finished lesson, note or warning, as they
///   happen.
/// - `.live` (a terminal): the same lines, above a block with one line per running lesson
///   (`penalty-shapes  ▕████▌     ▏ 1200/4000 epochs  3.1 s`), redrawn at most ten times a second
///   with ANSI cursor moves.
public final class ProgressDisplay: @unchecked Sendable {
  public enum Mode: Sendable {
    case plain
    case live
  }

  public let mode: Mode
  private let write: @Sendable (String) -> Void
  private let lock = NSLock()
  private var summary = BuildSummary()
  /// Running lessons in the order they started, with their latest progress report.
  private var running: [(id: String, start: Date, done: Int?, total: Int?)] = []
  /// Lines waiting to be printed above the live block at the next redraw.
  private var pending: [String] = []
  /// How many live lines are on screen below the cursor's line start.
  private var drawnLines = 0
  private var idWidth = 0
  private var timer: (any DispatchSourceTimer)?

  /// The seconds between two redraws of the live block.
  static let redrawInterval = 0.1

  /// A display in `mode` that writes through `write` (standard error by default).
  public init(mode: Mode, write: @escaping @Sendable (String) -> Void = writeStandardError) {
    self.mode = mode
    self.write = write
    guard mode == .live else { return }
    let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "reglessons.progress"))
    timer.schedule(deadline: .now() + Self.redrawInterval, repeating: Self.redrawInterval)
    timer.setEventHandler { [weak self] in self?.redraw() }
    timer.resume()
    self.timer = timer
  }

  deinit {
    timer?.cancel()
  }

  /// `.live` when standard error is a terminal (and standard output too, so `build > log` stays plain),
  /// `TERM` is not `dumb` and `CI` is unset; `.plain` otherwise.
  public static func modeForStandardError(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> Mode
  {
    let terminal = isatty(STDERR_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
    return terminal && environment["CI"] == nil && environment["TERM"] != "dumb" ? .live : .plain
  }

  /// Takes one event; pass this to `SiteBuilder(report:)`.
  public func handle(_ event: BuildEvent) {
    lock.withLock {
      summary.record(event)
      switch event {
      case .started(let id):
        running.append((id, Date(), nil, nil))
        idWidth = max(idWidth, id.count)
      case .progressed(let id, let done, let total):
        if let index = running.firstIndex(where: { $0.id == id }) {
          running[index].done = done
          running[index].total = total
        }
        return
      case .built(let lesson):
        running.removeAll { $0.id == lesson.id }
        emit(
          "built \(lesson.id) (\(lesson.figureCount) figure\(lesson.figureCount == 1 ? "" : "s"), "
            + "\(lesson.source.rawValue), " + String(format: "%.2f s)", lesson.seconds))
      case .failed(let id, let seconds, _):
        running.removeAll { $0.id == id }
        emit("failed \(id) " + String(format: "(%.2f s)", seconds))
      case .note(let line):
        emit(line)
      }
    }
  }

  /// Stops redrawing, clears the live block and prints the summary table (when any lesson finished:
  /// a build that failed before running one has nothing to sum up).
  public func finish(wallSeconds: Double) {
    timer?.cancel()
    lock.withLock {
      running.removeAll()
      if !summary.rows.isEmpty {
        pending.append(summary.text(wallSeconds: wallSeconds).trimmingCharacters(in: .newlines))
      }
      draw()
    }
  }

  /// The summary so far.
  public var currentSummary: BuildSummary { lock.withLock { summary } }

  /// Prints `line` now (plain) or at the next redraw (live). Call with the lock held.
  private func emit(_ line: String) {
    switch mode {
    case .plain: write(line + "\n")
    case .live: pending.append(line)
    }
  }

  private func redraw() {
    lock.withLock { draw() }
  }

  /// Replaces the live block with the pending lines and the current one. Call with the lock held.
  private func draw() {
    guard mode == .live else {
      for line in pending { write(line + "\n") }
      pending.removeAll()
      return
    }
    guard !pending.isEmpty || !running.isEmpty || drawnLines > 0 else { return }
    let columns = terminalColumns()
    var text = drawnLines > 0 ? "\u{1B}[\(drawnLines)A" : ""
    text += "\r\u{1B}[J"
    for line in pending { text += line + "\n" }
    pending.removeAll()
    for line in liveLinesLocked(now: Date()) {
      text += String(line.prefix(max(columns - 1, 10))) + "\n"
    }
    drawnLines = running.count
    write(text)
  }

  /// One line per running lesson, in the order they started: a bar once the lesson reported progress.
  public func liveLines(at now: Date = Date()) -> [String] {
    lock.withLock { liveLinesLocked(now: now) }
  }

  private func liveLinesLocked(now: Date) -> [String] {
    running.map { liveLine($0, now: now) }
  }

  private func liveLine(_ lesson: (id: String, start: Date, done: Int?, total: Int?), now: Date) -> String {
    let name = lesson.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
    let elapsed = String(format: "%.1f s", now.timeIntervalSince(lesson.start))
    guard let done = lesson.done, let total = lesson.total else { return "\(name)  running  \(elapsed)" }
    return "\(name)  \(Self.bar(done: done, total: total)) \(done)/\(total) epochs  \(elapsed)"
  }

  /// A bar `width` cells wide between `▕` and `▏`, filled in eighths of a cell.
  public static func bar(done: Int, total: Int, width: Int = 10) -> String {
    let fraction = total > 0 ? min(max(Double(done) / Double(total), 0), 1) : 0
    let eighths = Int((fraction * Double(width * 8)).rounded(.down))
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    var cells = String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    cells += String(repeating: " ", count: width - cells.count)
    return "▕" + cells + "▏"
  }

  private func terminalColumns() -> Int {
    var size = winsize()
    guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }
}

/// Writes `text` to standard error as it is (no newline added).
public func writeStandardError(_ text: String) {
  FileHandle.standardError.write(Data(text.utf8))
}
