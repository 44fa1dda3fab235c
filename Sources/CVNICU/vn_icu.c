#include "vn_icu.h"
#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utrans.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <string.h>
#include <stdlib.h>

int32_t vn_is_nfc(const uint16_t *src, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return 0;
    UBool ok = unorm2_isNormalized(nfc, (const UChar *)src, length, &status);
    return U_SUCCESS(status) && ok ? 1 : 0;
}

static int32_t normalize(const UNormalizer2 *norm, UErrorCode status, const uint16_t *src, int32_t length,
                         uint16_t *dst, int32_t capacity, int32_t *error) {
    if (U_FAILURE(status)) { *error = status; return 0; }
    int32_t n = unorm2_normalize(norm, (const UChar *)src, length, (UChar *)dst, capacity, &status);
    *error = (status == U_STRING_NOT_TERMINATED_WARNING) ? 0 : status;
    return n;
}

int32_t vn_nfc(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    return normalize(nfc, status, src, length, dst, capacity, error);
}

int32_t vn_nfd(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    return normalize(nfd, status, src, length, dst, capacity, error);
}

/* One cached transliterator per thread: utrans objects are not thread-safe. */
static _Thread_local UTransliterator *cached_trans = NULL;
static _Thread_local char cached_id[128];

int32_t vn_translit(const char *transform_id, const uint16_t *src, int32_t length,
                    uint16_t *dst, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    if (cached_trans == NULL || strncmp(cached_id, transform_id, sizeof cached_id) != 0) {
        if (cached_trans) { utrans_close(cached_trans); cached_trans = NULL; }
        UChar id[128];
        u_uastrncpy(id, transform_id, 127);
        id[127] = 0;
        cached_trans = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
        if (U_FAILURE(status)) { *error = status; cached_trans = NULL; return 0; }
        strncpy(cached_id, transform_id, sizeof cached_id - 1);
        cached_id[sizeof cached_id - 1] = 0;
    }
    /* utrans works in place: copy into dst (when it fits) and transform there. */
    int32_t text_length = length;
    if (length > capacity) { *error = U_BUFFER_OVERFLOW_ERROR; return length * 2 + 16; }
    memcpy(dst, src, (size_t)length * sizeof(uint16_t));
    int32_t limit = length;
    utrans_transUChars(cached_trans, (UChar *)dst, &text_length, capacity, 0, &limit, &status);
    *error = (status == U_STRING_NOT_TERMINATED_WARNING) ? 0 : status;
    return text_length;
}

/*
 * Counts every illegal or unmappable sequence and remembers where the first one
 * starts, then substitutes U+FFFD as ICU would. The offset is taken from the
 * converter's source position (minus the bad bytes it just consumed) rather than
 * by searching the output for U+FFFD, which would be fooled by a genuine U+FFFD
 * (EF BF BD) earlier in the file.
 */
typedef struct {
    int32_t count;
    int64_t first;
    const char *base;
} vn_decode_context;

static void count_and_substitute(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                                 int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    vn_decode_context *ctx = (vn_decode_context *)context;
    if (reason == UCNV_ILLEGAL || reason == UCNV_UNASSIGNED || reason == UCNV_IRREGULAR) {
        if (ctx->first < 0) {
            int64_t at = (int64_t)(args->source - ctx->base) - length;
            ctx->first = at < 0 ? 0 : at;
        }
        ctx->count += 1;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, err);
}

int32_t vn_decode(const char *charset, const char *bytes, int32_t length,
                  uint16_t *dst, int32_t capacity,
                  int32_t *invalid_count, int64_t *first_invalid, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    *invalid_count = 0;
    *first_invalid = -1;
    *error = 0;
    if (length < 0) length = 0;
    UConverter *conv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    vn_decode_context ctx = { 0, -1, bytes };
    ucnv_setToUCallBack(conv, count_and_substitute, &ctx, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(conv); *error = status; return 0; }

    /* One call with flush, so truncated sequences at the end are reported too. */
    UChar *target = (UChar *)dst;
    const UChar *target_limit = target + (capacity > 0 ? capacity : 0);
    const char *source = bytes;
    ucnv_toUnicode(conv, &target, target_limit, &source, bytes + length, NULL, 1, &status);
    int32_t written = (int32_t)(target - (UChar *)dst);
    ucnv_close(conv);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        /* Every supported charset yields at most one UTF-16 unit per byte plus a few. */
        *error = status;
        return length * 2 + 16;
    }
    *invalid_count = ctx.count;
    *first_invalid = ctx.first;
    *error = U_FAILURE(status) ? status : 0;
    return written;
}

/* Counts unmappable characters while substituting the charset's substitution byte. */
static void count_from_u(const void *context, UConverterFromUnicodeArgs *args, const UChar *codeUnits,
                         int32_t length, UChar32 codePoint, UConverterCallbackReason reason, UErrorCode *err) {
    int32_t *count = (int32_t *)context;
    if (reason == UCNV_ILLEGAL || reason == UCNV_UNASSIGNED || reason == UCNV_IRREGULAR) *count += 1;
    UCNV_FROM_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, codePoint, reason, err);
}

int32_t vn_encode(const char *charset, const uint16_t *src, int32_t length,
                  char *dst, int32_t capacity, int32_t *unmappable, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    *unmappable = 0;
    *error = 0;
    UConverter *conv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    int32_t count = 0;
    ucnv_setFromUCallBack(conv, count_from_u, &count, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(conv); *error = status; return 0; }
    int32_t n = ucnv_fromUChars(conv, dst, capacity, (const UChar *)src, length, &status);
    ucnv_close(conv);
    *unmappable = count;
    *error = (status == U_STRING_NOT_TERMINATED_WARNING) ? 0 : status;
    return n;
}

int32_t vn_word_boundaries(const uint16_t *src, int32_t length, int32_t *boundaries,
                           int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "vi", (const UChar *)src, length, &status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    int32_t n = 0;
    for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
        if (n < capacity) boundaries[n] = b;
        n++;
    }
    ubrk_close(bi);
    *error = n > capacity ? U_BUFFER_OVERFLOW_ERROR : 0;
    return n;
}

const char *vn_error_name(int32_t error) {
    return u_errorName((UErrorCode)error);
}
