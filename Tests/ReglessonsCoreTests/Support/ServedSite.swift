import Foundation
import Testing

/// `reglessons serve --port 0 …` running as a child process, stopped by `stop()`.
final class ServedSite {
  let process = Process()
  /// The port it printed.
  let port: UInt16
  /// The line it printed on standard output.
  let banner: String
  /// Where its standard error goes (a file, so a chatty rebuild can never fill a pipe).
  let errorLog: URL

  /// Starts the binary with `serve --port 0` plus `arguments` in `directory` and waits for its banner.
  init(_ arguments: [String], in directory: URL) throws {
    errorLog = directory.appendingPathComponent("serve-\(UUID().uuidString).log")
    _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
    process.executableURL = try reglessonsBinary()
    process.arguments = ["serve", "--port", "0"] + arguments
    process.currentDirectoryURL = directory
    let output = Pipe()
    process.standardOutput = output
    process.standardError = try FileHandle(forWritingTo: errorLog)
    try process.run()
    var line = Data()
    while !line.contains(UInt8(ascii: "\n")) {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      line.append(chunk)
    }
    banner = String(decoding: line, as: UTF8.self)
    let digits = banner.split(separator: "http://127.0.0.1:").last?.prefix { $0.isNumber } ?? ""
    guard let port = UInt16(digits) else {
      process.terminate()
      throw ServedSiteError.noBanner(banner + (try String(contentsOf: errorLog, encoding: .utf8)))
    }
    self.port = port
  }

  func get(_ target: String) throws -> RawResponse {
    try rawHTTP("GET", target, port: port)
  }

  /// Everything the server has written to standard error so far.
  var standardError: String {
    (try? String(contentsOf: errorLog, encoding: .utf8)) ?? ""
  }

  /// Polls `condition` every 0.1 s until it holds or `seconds` pass (a generous bound, not a timing
  /// claim); returns whether it held.
  func eventually(within seconds: Double = 120, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try condition() { return true }
      Thread.sleep(forTimeInterval: 0.1)
    }
    return try condition()
  }

  func stop() {
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
  }
}

enum ServedSiteError: Error {
  case noBanner(String)
}
