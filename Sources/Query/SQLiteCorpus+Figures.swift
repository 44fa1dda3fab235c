import Foundation
import GRDB
import VietText

extension SQLiteCorpus {
    /// The analysts' table: one row per figure, newest articles first.
    /// `query` narrows to figures of articles matching it; `unit` matches the
    /// unit accent-blind, whole or as its first words (`so tay` → `sổ tay`);
    /// the agency filter applies to the agency of the figure's sentence.
    public func figures(_ request: FiguresRequest) throws -> [FigureRow] {
        var filters = request.filters
        let agency = FilterSQL.nonEmpty(filters.agency)
        filters.agency = nil
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let match = try Self.matchSet(query: request.query, filters: filters) {
            conditions.append("mt.article_id IN (\(match.sql))")
            arguments += match.arguments
        } else if FilterSQL.nonEmpty(request.query) != nil, !ParsedQuery(request.query ?? "").isEmpty {
            return []
        }
        if let unit = FilterSQL.nonEmpty(request.unit) {
            let folded = SearchAnalyzer.folded(unit)
            conditions.append("(mt.unit_folded = ? OR mt.unit_folded LIKE ? ESCAPE '\\')")
            arguments += [folded, FilterSQL.escapedFolded(unit) + " %"]
        }
        if let agency {
            conditions.append("mt.agency_folded LIKE ? ESCAPE '\\'")
            arguments += [FilterSQL.contains(agency)]
        }
        let whereSQL = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        return try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT mt.article_id, mt.value, mt.total, mt.max, mt.unit, mt.qualifier, mt.text, mt.sentence,
                       mt.agency, a.title, a.date, a.path
                FROM metrics mt JOIN articles a ON a.id = mt.article_id
                WHERE \(whereSQL)
                ORDER BY a.date DESC, mt.article_id, mt.span_start
                LIMIT ? OFFSET ?
                """, arguments: arguments + [max(0, request.limit), max(0, request.offset)]).map { row in
                FigureRow(articleID: row["article_id"], value: row["value"], total: row["total"], max: row["max"],
                          unit: row["unit"], qualifier: row["qualifier"], text: row["text"], sentence: row["sentence"],
                          title: row["title"], date: row["date"], agency: row["agency"], path: row["path"])
            }
        }
    }
}
