#include "common/status.h"

#include <gtest/gtest.h>

namespace geokg {
namespace {

Status FailsWhenAsked(bool fail) {
  GEOKG_RETURN_IF_ERROR(fail ? Status::Corruption("bad row") : Status::OK());
  return Status::NotFound("reached the end");
}

TEST(StatusTest, OkByDefaultAndCopyable) {
  Status ok;
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.ToString(), "OK");
  Status error = Status::InvalidArgument("field x: bad");
  Status copy = error;
  EXPECT_TRUE(copy.IsInvalidArgument());
  EXPECT_EQ(copy.message(), "field x: bad");
  EXPECT_EQ(copy.ToString(), "InvalidArgument: field x: bad");
}

TEST(StatusTest, ContextIsPrefixed) {
  EXPECT_EQ(Status::Corruption("bad").WithContext("f.jsonl:3").message(), "f.jsonl:3: bad");
  EXPECT_TRUE(Status::OK().WithContext("ignored").ok());
}

TEST(StatusTest, ReturnIfErrorPropagates) {
  EXPECT_TRUE(FailsWhenAsked(true).IsCorruption());
  EXPECT_TRUE(FailsWhenAsked(false).IsNotFound());
}

}  // namespace
}  // namespace geokg
