import Foundation
import Synchronization

/// Token buckets per key (a phone, an address): each request takes one token; tokens come
/// back at a steady rate up to a burst. An empty bucket answers how long until the next token.
final class RateLimiter: Sendable {
    struct Rule: Sendable {
        /// Requests allowed at once.
        var burst: Double
        /// Tokens returned per second.
        var perSecond: Double
    }

    private struct Bucket { var tokens: Double; var updated: Double }
    private let rule: Rule
    private let clock: @Sendable () -> Double
    private let buckets = Mutex<[String: Bucket]>([:])

    init(_ rule: Rule, clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }) {
        self.rule = rule; self.clock = clock
    }

    /// Takes a token for `key`. Returns nil when the request may go on, or the whole seconds to
    /// wait (for Retry-After) when the bucket is empty.
    func take(_ key: String) -> Int? {
        let now = clock()
        return buckets.withLock { buckets in
            if buckets.count > 10_000 { buckets = buckets.filter { now - $0.value.updated < 60 } }
            var bucket = buckets[key] ?? Bucket(tokens: rule.burst, updated: now)
            bucket.tokens = min(rule.burst, bucket.tokens + (now - bucket.updated) * rule.perSecond)
            bucket.updated = now
            defer { buckets[key] = bucket }
            guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / rule.perSecond).rounded(.up))) }
            bucket.tokens -= 1
            return nil
        }
    }
}
