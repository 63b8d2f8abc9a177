import Foundation

/// Runs jobs on a fixed number of threads, each job wholly on one thread, and returns the results in
/// job order whatever order they finished in.
///
/// Threads rather than Swift tasks: a lesson's `LessonContext`, its training graph and its Cairo
/// canvases are not `Sendable` and must stay on the thread that made them, and a lesson blocks its
/// thread for seconds at a time, which the cooperative task pool is not meant for.
enum WorkerPool {
  /// The stack of each worker thread. Releasing a long chain of tensors recurses through `deinit`s,
  /// so workers get more than a default secondary thread (the main thread's usual 8 MiB, doubled).
  static let stackSize = 16 << 20

  /// `job(0)`, …, `job(count - 1)` on `min(workers, count)` threads; each thread takes the next index
  /// when it finishes one, so a long job does not hold up the short ones behind it.
  static func map<Result: Sendable>(
    count: Int, workers: Int, _ job: @escaping @Sendable (Int) -> Result
  ) -> [Result] {
    let state = SharedState<Result>(count: count)
    let threadCount = max(1, min(workers, count))
    let finished = DispatchGroup()
    for _ in 0..<threadCount {
      finished.enter()
      let thread = Thread {
        while let index = state.nextIndex() {
          state.store(job(index), at: index)
        }
        finished.leave()
      }
      thread.stackSize = stackSize
      thread.start()
    }
    finished.wait()
    return state.results()
  }

  /// The next index to hand out and the results so far, behind a lock.
  private final class SharedState<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var next = 0
    private var slots: [Result?]

    init(count: Int) {
      self.count = count
      slots = Array(repeating: nil, count: count)
    }

    func nextIndex() -> Int? {
      lock.withLock {
        guard next < count else { return nil }
        defer { next += 1 }
        return next
      }
    }

    func store(_ result: Result, at index: Int) {
      lock.withLock { slots[index] = result }
    }

    /// Every result; call after all workers finished.
    func results() -> [Result] {
      lock.withLock { slots.compactMap { $0 } }
    }
  }
}
