import Foundation
import Query

/// Articles per month as an inline SVG bar chart, drawn on the server so the
/// page needs no script. Missing months between the first and last are shown
/// as empty bars, so gaps in coverage are visible.
public enum TimelineChart {
    public static let height = 140
    static let plotTop = 10, plotBottom = 110, labelY = 128, left = 36

    /// Every month from the first bucket to the last, with zero where absent.
    public struct Month: Sendable, Equatable { public var month: String; public var count: Int }

    public static func filled(_ buckets: [TimelineBucket]) -> [Month] {
        let valid = buckets.filter { RequestParameters.isISODate($0.month) && $0.month.count == 7 }
        guard let first = valid.map(\.month).min(), let last = valid.map(\.month).max() else { return [] }
        var counts: [String: Int] = [:]
        for bucket in valid { counts[bucket.month, default: 0] += bucket.count }
        var year = Int(first.prefix(4))!, month = Int(first.suffix(2))!
        var result: [Month] = []
        while result.count < 1200 {
            let key = String(format: "%04d-%02d", year, month)
            result.append(Month(month: key, count: counts[key] ?? 0))
            if key >= last { break }
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return result
    }

    /// The chart; `link` gives the URL a bar leads to (the search narrowed to that month).
    public static func svg(_ buckets: [TimelineBucket], link: (String) -> String) -> String {
        let months = filled(buckets)
        guard !months.isEmpty else { return "" }
        let maxCount = max(1, months.map(\.count).max()!)
        let step = max(6, min(40, 720 / months.count))
        let barWidth = max(4, step - 2)
        let width = left + months.count * step + 8
        let labelEvery = max(1, Int((Double(months.count) / 12).rounded(.up)))
        let total = months.reduce(0) { $0 + $1.count }
        let summary = "Số bài theo tháng, \(months.first!.month) – \(months.last!.month), tổng \(total) bài"
        var svg = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
        svg += "width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" aria-labelledby=\"timeline-title\">"
        svg += "<title id=\"timeline-title\">\(HTML.escape(summary))</title>"
        svg += "<line x1=\"\(left - 2)\" y1=\"\(plotBottom)\" x2=\"\(width - 4)\" y2=\"\(plotBottom)\" stroke=\"#999\"/>"
        svg += "<text x=\"\(left - 6)\" y=\"\(plotTop + 8)\" text-anchor=\"end\" font-size=\"10\">\(maxCount)</text>"
        svg += "<text x=\"\(left - 6)\" y=\"\(plotBottom)\" text-anchor=\"end\" font-size=\"10\">0</text>"
        for (index, bucket) in months.enumerated() {
            let x = left + index * step
            let barHeight = bucket.count == 0 ? 0 : max(1, (plotBottom - plotTop) * bucket.count / maxCount)
            let label = "\(bucket.month): \(bucket.count) bài"
            svg += "<a href=\"\(HTML.escape(link(bucket.month)))\"><rect class=\"bar\" x=\"\(x)\" y=\"\(plotBottom - barHeight)\" "
            svg += "width=\"\(barWidth)\" height=\"\(barHeight)\"><title>\(HTML.escape(label))</title></rect></a>"
            if index % labelEvery == 0 {
                svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(labelY)\" text-anchor=\"middle\" font-size=\"9\">\(HTML.escape(bucket.month))</text>"
            }
        }
        return svg + "</svg>"
    }
}
