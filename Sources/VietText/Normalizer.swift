/// The one normalization policy of the project, used when indexing and when
/// querying: NFC, then uniform tone-mark placement.
/// (Skeleton: NFC only; tone placement comes with issue 3.)
public enum Normalizer {
    public static func normalize(_ text: String) -> String {
        ICU.nfc(text)
    }
}
