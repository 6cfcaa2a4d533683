import Foundation
import MTLintText

/// The server's counters, written in Prometheus' text exposition format (version 0.0.4) at
/// `/metrics`: requests by route and status, their latency as a histogram, findings by rule,
/// and the checks running and queued. A few counters under one lock: written by hand rather
/// than with swift-prometheus, which would add a dependency for these thirty lines.
public final class ServerMetrics: Sendable {
    /// Upper bounds of the latency histogram's buckets, in seconds.
    public static let latencyBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    private struct Histogram {
        var counts = [Int](repeating: 0, count: ServerMetrics.latencyBuckets.count)
        var sum = 0.0
        var count = 0
    }

    private struct RequestKey: Hashable, Comparable {
        var route: String
        var status: Int
        static func < (a: RequestKey, b: RequestKey) -> Bool { (a.route, a.status) < (b.route, b.status) }
    }

    private struct State {
        var requests: [RequestKey: Int] = [:]
        var latency: [String: Histogram] = [:]
        var findings: [String: Int] = [:]
        var checkedCharacters = 0
    }

    private let state = Lock(State())

    public init() {}

    /// One request answered: its route (the path for mtlint's routes, `other` for the rest),
    /// its status and how long it took.
    public func recordRequest(route: String, status: Int, seconds: Double) {
        state.withLock { state in
            state.requests[RequestKey(route: route, status: status), default: 0] += 1
            var histogram = state.latency[route] ?? Histogram()
            for (index, bound) in Self.latencyBuckets.enumerated() where seconds <= bound { histogram.counts[index] += 1 }
            histogram.sum += seconds
            histogram.count += 1
            state.latency[route] = histogram
        }
    }

    /// The findings of one check, by rule id, and the length of the text checked.
    public func recordCheck(ruleIDs: [String], characters: Int) {
        state.withLock { state in
            for id in ruleIDs { state.findings[id, default: 0] += 1 }
            state.checkedCharacters += characters
        }
    }

    /// The exposition text, with the scheduler's current load.
    public func render(running: Int, queued: Int) -> String {
        let state = state.withLock { $0 }
        var lines: [String] = []
        lines.append("# HELP mtlint_http_requests_total HTTP requests answered, by route and status.")
        lines.append("# TYPE mtlint_http_requests_total counter")
        for key in state.requests.keys.sorted() {
            lines.append(
                "mtlint_http_requests_total{route=\"\(Self.escaped(key.route))\",status=\"\(key.status)\"} \(state.requests[key] ?? 0)")
        }
        lines.append("# HELP mtlint_http_request_duration_seconds Time from a request's arrival to its answer.")
        lines.append("# TYPE mtlint_http_request_duration_seconds histogram")
        for route in state.latency.keys.sorted() {
            guard let histogram = state.latency[route] else { continue }
            let label = "route=\"\(Self.escaped(route))\""
            for (index, bound) in Self.latencyBuckets.enumerated() {
                lines.append(
                    "mtlint_http_request_duration_seconds_bucket{\(label),le=\"\(Self.number(bound))\"} \(histogram.counts[index])")
            }
            lines.append("mtlint_http_request_duration_seconds_bucket{\(label),le=\"+Inf\"} \(histogram.count)")
            lines.append("mtlint_http_request_duration_seconds_sum{\(label)} \(Self.number(histogram.sum))")
            lines.append("mtlint_http_request_duration_seconds_count{\(label)} \(histogram.count)")
        }
        lines.append("# HELP mtlint_findings_total Findings reported, by rule.")
        lines.append("# TYPE mtlint_findings_total counter")
        for rule in state.findings.keys.sorted() {
            lines.append("mtlint_findings_total{rule=\"\(Self.escaped(rule))\"} \(state.findings[rule] ?? 0)")
        }
        lines.append("# HELP mtlint_checked_characters_total UTF-16 code units of text checked.")
        lines.append("# TYPE mtlint_checked_characters_total counter")
        lines.append("mtlint_checked_characters_total \(state.checkedCharacters)")
        lines.append("# HELP mtlint_checks_running Checks running now.")
        lines.append("# TYPE mtlint_checks_running gauge")
        lines.append("mtlint_checks_running \(running)")
        lines.append("# HELP mtlint_checks_queued Checks waiting for a turn.")
        lines.append("# TYPE mtlint_checks_queued gauge")
        lines.append("mtlint_checks_queued \(queued)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A label value with `\`, `"` and line feeds escaped, as the format asks.
    static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(
            of: "\n", with: "\\n")
    }

    /// `0.005`, `1`, `2.5`: the shortest form that reads back as the same number.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
