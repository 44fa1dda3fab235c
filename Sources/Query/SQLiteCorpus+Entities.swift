import Extract
import Foundation
import GRDB
import VietText

extension SQLiteCorpus {
    /// Agencies, officials or documents, most widespread first. Mentions are
    /// grouped by their canonical value in lowercase with uniform tones, so the
    /// different written forms (`UBND tỉnh`, `Ủy ban nhân dân tỉnh`) become aliases of one row.
    public func entities(_ kind: EntityKind, query: String?, limit: Int) throws -> [EntityRow] {
        let mentionKind = Self.mentionKind(kind)
        var sql = "SELECT key, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions WHERE kind = ?"
        var arguments: StatementArguments = [mentionKind]
        if let query = FilterSQL.nonEmpty(query) {
            sql += " AND folded LIKE ? ESCAPE '\\'"
            arguments += [FilterSQL.contains(query)]
        }
        sql += " GROUP BY key ORDER BY articles DESC, mentions DESC, key LIMIT ?"
        arguments += [max(0, limit)]
        return try reader.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let key: String = row["key"]
                let forms = try Row.fetchAll(db, sql: """
                    SELECT value, text, title, count(*) AS c FROM mentions WHERE kind = ? AND key = ?
                    GROUP BY value, text, title ORDER BY c DESC
                    """, arguments: [mentionKind, key])
                var valueCounts: [String: Int] = [:], titleCounts: [String: Int] = [:]
                for f in forms {
                    valueCounts[f["value"], default: 0] += f["c"]
                    if let t: String = f["title"] { titleCounts[t, default: 0] += f["c"] }
                }
                let name = Self.mostFrequent(valueCounts) ?? key
                var aliases: [String] = []
                for f in forms {
                    let text: String = f["text"]
                    if text != name && !aliases.contains(text) { aliases.append(text) }
                }
                let ids = try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT article_id FROM mentions WHERE kind = ? AND key = ? ORDER BY article_id LIMIT 500
                    """, arguments: [mentionKind, key])
                return EntityRow(name: name, detail: Self.mostFrequent(titleCounts), count: row["mentions"],
                                 aliases: aliases, articleIDs: ids, articles: row["articles"])
            }
        }
    }

    static func mentionKind(_ kind: EntityKind) -> String {
        switch kind { case .agencies: "agency"; case .officials: "official"; case .documents: "document" }
    }

    static func mostFrequent(_ counts: [String: Int]) -> String? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// One article with its facts rebuilt from the mention and metric rows.
    public func article(id: Int64) throws -> ArticleDetail? {
        try reader.read { db in
            guard let a = try Row.fetchOne(db, sql: "SELECT * FROM articles WHERE id = ?", arguments: [id]) else { return nil }
            var facts = Facts()
            for m in try Row.fetchAll(db, sql: "SELECT * FROM mentions WHERE article_id = ? ORDER BY span_start", arguments: [id]) {
                let span: [Int] = [m["span_start"], m["span_end"]]
                let text: String = m["text"], value: String = m["value"]
                switch m["kind"] as String {
                case "date": facts.dates.append(DateMention(text: text, value: value, span: span))
                case "agency": facts.agencies.append(AgencyMention(text: text, canonical: value, span: span))
                case "official":
                    let titles = (m["titles"] as String?).flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
                    facts.officials.append(OfficialMention(text: text, name: value, title: m["title"], titles: titles,
                                                           agency: m["agency"], span: span))
                default:
                    facts.documents.append(DocumentMention(text: text, number: value, kind: m["title"], date: m["date"],
                                                           issuer: m["agency"], span: span))
                }
            }
            for m in try Row.fetchAll(db, sql: "SELECT * FROM metrics WHERE article_id = ? ORDER BY span_start", arguments: [id]) {
                facts.metrics.append(MetricMention(
                    text: m["text"], value: m["value"], total: m["total"], max: m["max"], unit: m["unit"],
                    qualifier: (m["qualifier"] as String?).flatMap(MetricMention.Qualifier.init(rawValue:)),
                    span: [m["span_start"], m["span_end"]]))
            }
            let authors = (try? JSONDecoder().decode([String].self, from: Data((a["authors"] as String).utf8))) ?? []
            return ArticleDetail(id: a["id"], path: a["path"], title: a["title"], source: a["source"], authors: authors,
                                 date: a["date"], text: a["text"], facts: facts)
        }
    }
}
