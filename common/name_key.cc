#include "common/name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace geokg {

std::string NameKey(std::string_view name) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(error);
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  folded.foldCase();
  icu::UnicodeString decomposed = U_SUCCESS(error) ? nfkd->normalize(folded, error) : folded;
  if (U_FAILURE(error)) decomposed = folded;

  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (u_isUWhiteSpace(c) || c == '_' || c == '-') {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) {
      out.append(static_cast<UChar>(' '));
      pending_space = false;
    }
    out.append(c);
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace geokg
