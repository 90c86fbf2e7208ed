import Foundation

/// A short fingerprint of a session file's bytes: its length and 64-bit FNV-1a hash,
/// `"4182:9f3c0d2a1b4e5f60"`. Journal records carry the tag of the file they apply to, so a
/// journal left over from before a completed full save is recognised and not replayed twice.
enum ContentTag {
    static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            for byte in buffer {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return "\(data.count):" + String(hash, radix: 16).leftPadded(16)
    }
}
