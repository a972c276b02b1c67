// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/shell/firstpaint.h"

#include <QCoreApplication>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

using b12::app::afterFirstPaint;

namespace {

// A window that counts the paint events it gets.
class CountingWindow : public QWidget {
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent* /*event*/) override { ++paints; }
};

} // namespace

TEST(FirstPaint, TheActionRunsOnceAfterTheWindowIsPainted) {
    CountingWindow window;
    window.resize(300, 200);
    int runs = 0;
    int paintsBeforeTheAction = -1;
    afterFirstPaint(&window, [&] {
        ++runs;
        paintsBeforeTheAction = window.paints;
    });
    QCoreApplication::processEvents();
    EXPECT_EQ(runs, 0) << "ran before the window was shown";

    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return runs > 0; }));
    EXPECT_EQ(paintsBeforeTheAction, 1) << "the action did not wait for the first paint";

    window.repaint();
    window.hide();
    window.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(runs, 1) << "ran again on a later paint";
}

TEST(FirstPaint, NothingRunsForAWindowClosedFirst) {
    auto* window = new CountingWindow;
    window->resize(300, 200);
    int runs = 0;
    afterFirstPaint(window, [&] { ++runs; });
    window->show();
    delete window;
    QCoreApplication::processEvents();
    EXPECT_EQ(runs, 0);
}
