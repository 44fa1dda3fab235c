#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/utrans.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
