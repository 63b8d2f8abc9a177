import Foundation
import ReglessonsCore
import Testing

/// SHA-256 against the FIPS 180-4 examples (NIST CSRC "Examples with Intermediate Values").
@Suite struct SHA256Tests {
  @Test(arguments: [
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func fipsExamples(message: String, digest: String) {
    #expect(SHA256.hex(message) == digest)
  }

  @Test func oneMillionAs() {
    var hash = SHA256()
    hash.update(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
    #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Pieces of every length up to two blocks, fed one after another, give the one-piece digest.
  @Test func piecesGiveTheSameDigestAsTheWhole() {
    let bytes = (0..<3).flatMap { _ in (0...255).map { UInt8($0) } }
    for split in [1, 3, 55, 56, 63, 64, 65, 127, 128] {
      var hash = SHA256()
      var start = 0
      while start < bytes.count {
        let end = min(start + split, bytes.count)
        hash.update(Array(bytes[start..<end]))
        start = end
      }
      #expect(
        hash.hexDigest() == "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363", "\(split)")
    }
  }

  @Test func digestLeavesTheHashOpen() {
    var hash = SHA256()
    hash.update("ab")
    _ = hash.digest()
    hash.update("c")
    #expect(hash.hexDigest() == SHA256.hex("abc"))
    #expect(hash.digest().count == 32)
  }
}
