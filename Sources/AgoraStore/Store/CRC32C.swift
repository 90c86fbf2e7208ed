import Foundation

/// CRC-32C (Castagnoli, the checksum of iSCSI and ext4), reflected, table-driven: the check
/// value of "123456789" is `e3069283`. Each journal record carries it, so damage anywhere in a
/// complete line is told apart from a write cut short.
enum CRC32C {
    private static let table: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
        return crc
    }

    static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    /// The checksum as eight lowercase hexadecimal digits.
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = String(checksum(bytes), radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
