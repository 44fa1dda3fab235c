#ifndef VN_ICU_H
#define VN_ICU_H
/*
 * A plain-C facade over the system ICU. Swift modules that import Foundation
 * cannot import ICU's headers (UErrorCode and friends clash with Foundation's
 * private ICU), so this header exposes only standard C types: UTF-16 text is
 * passed as uint16_t buffers, errors as int32_t ICU error codes (0 = success,
 * negative = warning, positive = failure).
 *
 * Every function that writes into a caller buffer returns the length it
 * needs; when that is larger than the capacity given, call again with a
 * larger buffer (the usual ICU preflighting contract).
 */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* 1 when the text is already NFC, 0 when it is not (or on error). */
int32_t vn_is_nfc(const uint16_t *src, int32_t length);

/* Unicode NFC normalization. */
int32_t vn_nfc(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *error);

/* Unicode NFD normalization (decomposed: base letters followed by marks). */
int32_t vn_nfd(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *error);

/*
 * ICU transform by id, e.g. "Any-Lower; Latin-ASCII" (which folds đ to d,
 * unlike NFD plus mark removal). Transliterators are cached per id and thread.
 */
int32_t vn_translit(const char *transform_id, const uint16_t *src, int32_t length,
                    uint16_t *dst, int32_t capacity, int32_t *error);

/*
 * Decodes bytes in the named charset ("UTF-8", "UTF-16LE", "windows-1258", ...)
 * to UTF-16. Invalid or unmappable byte sequences become U+FFFD; their number
 * is stored in *invalid_count and the byte offset of the first one in
 * *first_invalid (-1 when none). windows-1258 yields decomposed text:
 * normalize to NFC afterwards.
 */
int32_t vn_decode(const char *charset, const char *bytes, int32_t length,
                  uint16_t *dst, int32_t capacity,
                  int32_t *invalid_count, int64_t *first_invalid, int32_t *error);

/*
 * Encodes UTF-16 text in the named charset (the inverse of vn_decode; used by
 * tests to build windows-1258 and UTF-16 input). Unmappable characters become
 * the charset's substitution byte and are counted in *unmappable. Returns the
 * number of bytes needed (no terminating NUL is required).
 */
int32_t vn_encode(const char *charset, const uint16_t *src, int32_t length,
                  char *dst, int32_t capacity, int32_t *unmappable, int32_t *error);

/*
 * Word boundaries (ICU line-independent word break iterator, locale "vi").
 * Writes boundary offsets (UTF-16 units) into boundaries; returns their count.
 */
int32_t vn_word_boundaries(const uint16_t *src, int32_t length, int32_t *boundaries,
                           int32_t capacity, int32_t *error);

/* Human-readable name of an ICU error code, e.g. "U_BUFFER_OVERFLOW_ERROR". */
const char *vn_error_name(int32_t error);

#ifdef __cplusplus
}
#endif
#endif
