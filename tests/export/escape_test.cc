#include "export/escape.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

template <typename Fn>
std::string Escaped(Fn fn, std::string_view text) {
  std::string out = "|";
  fn(text, &out);
  return out;
}

TEST(EscapeTest, XmlEscapesMarkupAndWhiteSpaceThatParsersWouldNormalise) {
  EXPECT_EQ(Escaped(AppendXmlEscaped, "a<b>&\"c'"), "|a&lt;b&gt;&amp;&quot;c&apos;");
  EXPECT_EQ(Escaped(AppendXmlEscaped, "l1\nl2\r\n\tx"), "|l1&#10;l2&#13;&#10;&#9;x");
  EXPECT_EQ(Escaped(AppendXmlEscaped, "plain \xC3\xA9t\xC3\xA9"), "|plain \xC3\xA9t\xC3\xA9");
  EXPECT_EQ(Escaped(AppendXmlEscaped, ""), "|");
}

TEST(EscapeTest, HtmlEscapesForTimelineJs) {
  EXPECT_EQ(Escaped(AppendHtmlEscaped, "<script>alert('x&y')</script>\""),
            "|&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt;&quot;");
  EXPECT_EQ(Escaped(AppendHtmlEscaped, "line\nbreak"), "|line\nbreak");
}

TEST(EscapeTest, DotEscapesQuotesBackslashesAndLineBreaks) {
  EXPECT_EQ(Escaped(AppendDotEscaped, "say \"hi\" \\o/\r\nnext"), "|say \\\"hi\\\" \\\\o/\\nnext");
}

TEST(EscapeTest, CsvQuotesEveryFieldAndDoublesQuotes) {
  EXPECT_EQ(Escaped(AppendCsvField, "a,b"), "|\"a,b\"");
  EXPECT_EQ(Escaped(AppendCsvField, "say \"no\"\nthen"), "|\"say \"\"no\"\"\nthen\"");
  EXPECT_EQ(Escaped(AppendCsvField, ""), "|\"\"");
}

}  // namespace
}  // namespace geokg
