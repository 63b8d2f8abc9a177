import FlyingFox
import FlyingSocks
import Foundation

/// An HTTP server for a site folder on 127.0.0.1 (never all interfaces): FlyingFox underneath, the
/// rules in `SiteResponder`.
public final class SiteServer: Sendable {
  public let responder: SiteResponder
  private let state = ServerState()

  public init(responder: SiteResponder) {
    self.responder = responder
  }

  /// Binds 127.0.0.1:`port` (0 picks a free port) and serves in the background.
  ///
  /// - Returns: the port it listens on.
  /// - Throws: `.portInUse` when another program has the port, `.serverFailed` for anything else.
  public func start(port: UInt16) async throws(ReglessonsError) -> UInt16 {
    let address: sockaddr_in
    do {
      address = try .inet(ip4: "127.0.0.1", port: port)
    } catch {
      throw .serverFailed(reason: error.localizedDescription)
    }
    let server = HTTPServer(address: address, logger: .disabled, handler: Handler(responder: responder))
    let state = self.state
    let task = Task {
      do {
        try await server.run()
      } catch {
        state.fail(error)
      }
    }
    state.set(server: server, task: task)
    // `waitUntilListening` does not notice a failed bind, so watch both, bounded at 10 s.
    for _ in 0..<1000 {
      if await server.isListening, case .ip4(_, let bound) = await server.listeningAddress {
        return bound
      }
      if let error = state.failure { throw Self.describe(error, port: port) }
      try? await Task.sleep(nanoseconds: 10_000_000)
    }
    task.cancel()
    throw .serverFailed(reason: "the server did not start listening within 10 s")
  }

  /// Waits until the server stops; throws if it stopped on an error.
  public func waitUntilStopped() async throws(ReglessonsError) {
    guard let task = state.task else { return }
    _ = await task.result
    if let error = state.failure { throw .serverFailed(reason: error.localizedDescription) }
  }

  /// Closes the listening socket and every connection.
  public func stop() async {
    await state.server?.stop(timeout: 1)
    state.task?.cancel()
  }

  private static func describe(_ error: any Error, port: UInt16) -> ReglessonsError {
    if case .failed(_, let code, _) = error as? SocketError, code == EADDRINUSE {
      return .portInUse(port)
    }
    return .serverFailed(reason: error.localizedDescription)
  }

  /// Adapts FlyingFox requests and responses to `SiteResponder`.
  private struct Handler: HTTPHandler {
    let responder: SiteResponder

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
      let response = responder.respond(method: request.method.rawValue, target: request.target.path())
      var headers = HTTPHeaders()
      for (name, value) in response.headers { headers[HTTPHeader(name)] = value }
      return HTTPResponse(
        statusCode: HTTPStatusCode(response.status, phrase: response.reason), headers: headers,
        body: response.body)
    }
  }
}

/// The running server, its task and how it failed, shared between the starter and the task.
private final class ServerState: @unchecked Sendable {
  private let lock = NSLock()
  private var _server: HTTPServer?
  private var _task: Task<Void, Never>?
  private var _failure: (any Error)?

  var server: HTTPServer? { lock.withLock { _server } }
  var task: Task<Void, Never>? { lock.withLock { _task } }
  var failure: (any Error)? { lock.withLock { _failure } }

  func set(server: HTTPServer, task: Task<Void, Never>) {
    lock.withLock {
      _server = server
      _task = task
    }
  }

  func fail(_ error: any Error) {
    lock.withLock { _failure = error }
  }
}
