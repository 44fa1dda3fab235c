import Extract
import Foundation
import Index
import Ingest

/// Writes one ``ExtractionRecord`` as a JSON line with the contract's field
/// order (file, title, source, authors, published, dates, agencies, officials,
/// metrics, documents, [text], diagnostics) and explicit nulls. Foundation's
/// encoder does not keep key order on Linux, and this is also faster.
/// The line is built as UTF-8 bytes: appending to a String grows and
/// re-validates it piece by piece, which cost more than the escaping itself.
struct JSONLineWriter {
    private var out: [UInt8] = []

    static func line(_ r: ExtractionRecord) -> Data {
        var w = JSONLineWriter()
        w.out.reserveCapacity(4096 + (r.text?.utf8.count ?? 0))
        w.raw("{\"file\":"); w.string(r.file)
        w.raw(",\"title\":"); w.string(r.title)
        w.raw(",\"source\":"); w.string(r.source)
        w.raw(",\"authors\":"); w.list(r.authors) { $0.string($1) }
        w.raw(",\"published\":"); w.string(r.published)
        w.raw(",\"dates\":"); w.list(r.facts.dates) { w, d in
            w.raw("{\"text\":"); w.string(d.text); w.raw(",\"value\":"); w.string(d.value); w.span(d.span); w.raw("}")
        }
        w.raw(",\"agencies\":"); w.list(r.facts.agencies) { w, a in
            w.raw("{\"text\":"); w.string(a.text); w.raw(",\"canonical\":"); w.string(a.canonical); w.span(a.span); w.raw("}")
        }
        w.raw(",\"officials\":"); w.list(r.facts.officials) { w, o in
            w.raw("{\"text\":"); w.string(o.text); w.raw(",\"name\":"); w.string(o.name)
            w.raw(",\"title\":"); w.string(o.title); w.raw(",\"titles\":"); w.list(o.titles) { $0.string($1) }
            w.raw(",\"agency\":"); w.string(o.agency); w.span(o.span); w.raw("}")
        }
        w.raw(",\"metrics\":"); w.list(r.facts.metrics) { w, m in
            w.raw("{\"text\":"); w.string(m.text); w.raw(",\"value\":"); w.number(m.value)
            w.raw(",\"total\":"); w.number(m.total); w.raw(",\"max\":"); w.number(m.max)
            w.raw(",\"unit\":"); w.string(m.unit); w.raw(",\"qualifier\":"); w.string(m.qualifier?.rawValue)
            w.span(m.span); w.raw("}")
        }
        w.raw(",\"documents\":"); w.list(r.facts.documents) { w, d in
            w.raw("{\"text\":"); w.string(d.text); w.raw(",\"number\":"); w.string(d.number)
            w.raw(",\"kind\":"); w.string(d.kind); w.raw(",\"date\":"); w.string(d.date)
            w.raw(",\"issuer\":"); w.string(d.issuer); w.span(d.span); w.raw("}")
        }
        if let text = r.text { w.raw(",\"text\":"); w.string(text) }
        w.raw(",\"diagnostics\":"); w.list(r.diagnostics) { w, d in
            w.raw("{\"severity\":"); w.string(d.severity.rawValue); w.raw(",\"file\":"); w.string(d.file)
            w.raw(",\"byteOffset\":"); w.number(d.byteOffset.map(Double.init)); w.raw(",\"line\":"); w.number(d.line.map(Double.init))
            w.raw(",\"message\":"); w.string(d.message); w.raw("}")
        }
        w.raw("}\n")
        return Data(w.out)
    }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    mutating func ascii(_ s: String) { out.append(contentsOf: s.utf8) }

    mutating func list<T>(_ items: [T], _ each: (inout JSONLineWriter, T) -> Void) {
        out.append(UInt8(ascii: "["))
        for (k, item) in items.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            each(&self, item)
        }
        out.append(UInt8(ascii: "]"))
    }

    mutating func span(_ s: [Int]) {
        raw(",\"span\":[")
        for (k, v) in s.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            ascii(String(v))
        }
        out.append(UInt8(ascii: "]"))
    }

    mutating func number(_ v: Double?) {
        guard let v, v.isFinite else { raw("null"); return }
        if v == v.rounded(), abs(v) < 9e15 { ascii(String(Int64(v))) } else { ascii(String(v)) }
    }

    /// A JSON string, escaped as the index stores them (``JSONText``).
    mutating func string(_ s: String?) {
        guard let s else { raw("null"); return }
        JSONText.appendString(s, to: &out)
    }
}
