// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/qtoptions.h"

#include <gtest/gtest.h>

using namespace b12::app;

namespace {
QStringList args(std::initializer_list<const char*> list) {
    QStringList result;
    for (const char* item : list) {
        result << QString::fromUtf8(item);
    }
    return result;
}
} // namespace

TEST(QtOptions, QtsOwnOptionsAndTheirValuesAreLeftToQt) {
    EXPECT_EQ(withoutQtOptions(args({"b12guide", "-style", "Fusion", "--page", "chart"})),
              args({"b12guide", "--page", "chart"}));
    EXPECT_EQ(withoutQtOptions(args({"b12guide", "-session", "10abc", "-reverse"})),
              args({"b12guide"}));
    EXPECT_EQ(withoutQtOptions(args({"b12guide", "-platform", "offscreen", "--version"})),
              args({"b12guide", "--version"}));
}

TEST(QtOptions, TheAppsOwnOptionsStay) {
    const QStringList own =
        args({"b12guide", "--lang", "de", "--name", "Ann", "--section", "symptoms", "-h"});
    EXPECT_EQ(withoutQtOptions(own), own);
}

TEST(QtOptions, AValueThatLooksLikeAQtOptionStays) {
    // "style" here is the value of --section, and nothing after "--" is an option.
    EXPECT_EQ(withoutQtOptions(args({"b12guide", "--section", "style"})),
              args({"b12guide", "--section", "style"}));
    EXPECT_EQ(withoutQtOptions(args({"b12guide", "--", "-style"})),
              args({"b12guide", "--", "-style"}));
}
