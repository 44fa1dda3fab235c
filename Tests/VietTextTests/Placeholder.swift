import XCTest
@testable import VietText

final class VietTextTestsPlaceholder: XCTestCase {
    func testTokens() {
        let t = Tokenizer.shared.tokenize("Sở LĐTB&XH Hà Nội. Kế hoạch số 04/KH-HĐTĐKT ngày 19/6/2019, hơn 30.000 sổ tay, 1,5 tỷ; 13/13 phường TP.HCM v.v. T.Ư Đảng VH,TT&DL 8h30 hoá thuỷ Covid-19 100%.Ngay")
        for tok in t.tokens { print(tok.kind, tok.text, tok.folded, tok.start, tok.end, tok.sentence) }
        print(t.sentences, t.paragraphs)
    }
}
