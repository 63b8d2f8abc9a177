import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One response as read off the socket.
struct RawResponse {
  let status: Int
  /// Header fields by lowercased name.
  let headers: [String: String]
  let body: Data

  var text: String { String(decoding: body, as: UTF8.self) }
}

/// Sends `method target` to 127.0.0.1:`port` exactly as written (no client-side path clean-up, unlike
/// URLSession and curl) and reads the response. Blocking, with a 30 s receive timeout: call it only
/// against a server in another process.
func rawHTTP(_ method: String, _ target: String, port: UInt16) throws -> RawResponse {
  let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
  guard socket >= 0 else { throw RawHTTPError.system("socket") }
  defer { close(socket) }
  var timeout = timeval(tv_sec: 30, tv_usec: 0)
  setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  var address = sockaddr_in()
  address.sin_family = sa_family_t(AF_INET)
  address.sin_port = port.bigEndian
  address.sin_addr.s_addr = inet_addr("127.0.0.1")
  let connected = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
      connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
    }
  }
  guard connected == 0 else { throw RawHTTPError.system("connect") }
  let request = Array("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
  guard send(socket, request, request.count, 0) == request.count else { throw RawHTTPError.system("send") }

  var received = Data()
  var buffer = [UInt8](repeating: 0, count: 65536)
  func readMore() throws -> Bool {
    let count = recv(socket, &buffer, buffer.count, 0)
    guard count >= 0 else { throw RawHTTPError.system("recv") }
    received.append(contentsOf: buffer[0..<count])
    return count > 0
  }
  let separator = Data("\r\n\r\n".utf8)
  while received.range(of: separator) == nil {
    guard try readMore() else { throw RawHTTPError.malformed("connection closed inside the header") }
  }
  guard let split = received.range(of: separator) else { throw RawHTTPError.malformed("no header") }
  let lines = String(decoding: received[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
  let statusFields = lines[0].split(separator: " ")
  guard statusFields.count >= 2, let status = Int(statusFields[1]) else {
    throw RawHTTPError.malformed(lines[0])
  }
  var headers: [String: String] = [:]
  for line in lines.dropFirst() {
    guard let colon = line.firstIndex(of: ":") else { continue }
    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
      in: .whitespaces)
  }
  let length = method == "HEAD" ? 0 : Int(headers["content-length"] ?? "0") ?? 0
  while received.count - split.upperBound < length {
    guard try readMore() else { break }
  }
  return RawResponse(
    status: status, headers: headers, body: Data(received[split.upperBound...].prefix(length)))
}

enum RawHTTPError: Error {
  case system(String)
  case malformed(String)
}
