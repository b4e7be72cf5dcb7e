#include "common/name_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace geokg {
namespace {

// NameKey of ASCII text without ICU: case folding only maps A-Z to a-z, NFKD changes
// nothing and there are no marks; the ASCII white space of u_isUWhiteSpace is \t..\r and ' '.
// False (*out untouched) when `name` has a non-ASCII byte.
bool AsciiNameKey(std::string_view name, std::string* out) {
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  out->reserve(name.size());
  bool pending_space = false;
  for (char c : name) {
    if ((c >= '\t' && c <= '\r') || c == ' ' || c == '_' || c == '-') {
      pending_space = !out->empty();
      continue;
    }
    if (pending_space) {
      out->push_back(' ');
      pending_space = false;
    }
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return true;
}

}  // namespace

std::string NameKey(std::string_view name) {
  if (std::string ascii; AsciiNameKey(name, &ascii)) return ascii;
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
