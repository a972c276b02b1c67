// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Text shown in the app never reaches outside it: no image or style sheet is fetched from
// the web or read from the disk, and links that leave the app say so.
#include "app/article/articlepage.h"
#include "app/article/offlinetextbrowser.h"
#include "app/data/contentlibrary.h"
#include "core/article/markdown.h"
#include "tests/support/testservices.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using b12::app::OfflineTextBrowser;

namespace {

// Lays the document out and paints it, as showing it on screen would.
void render(OfflineTextBrowser& browser) {
    browser.resize(600, 400);
    (void)browser.grab();
}

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

TEST(OfflineTextBrowser, AWebImageInASectionIsNeverRequested) {
    // The way a section reaches the reader: Markdown through core, then the HTML.
    const auto rendered =
        b12::core::renderMarkdown("# Title\n\nText ![x](http://127.0.0.1:9/x.png) more.\n");
    OfflineTextBrowser browser;
    browser.showHtml(fromStd(rendered.html));
    render(browser);
    const QUrl remote(QStringLiteral("http://127.0.0.1:9/x.png"));
    EXPECT_TRUE(browser.refusedResources().contains(remote));
    EXPECT_FALSE(browser.document()->resource(QTextDocument::ImageResource, remote).isValid());
}

TEST(OfflineTextBrowser, ALocalFileIsNotReadEither) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.png"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    ASSERT_TRUE(image.save(path));
    OfflineTextBrowser browser;
    const QUrl file = QUrl::fromLocalFile(path);
    browser.showHtml(
        QStringLiteral("<p>x <img src=\"%1\"> <img src=\"private.png\"></p>").arg(file.toString()));
    browser.setSearchPaths({dir.path()});
    render(browser);
    EXPECT_TRUE(browser.refusedResources().contains(file));
    EXPECT_FALSE(browser.document()->resource(QTextDocument::ImageResource, file).isValid());
    EXPECT_FALSE(browser.document()
                     ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("private.png")))
                     .isValid());
}

TEST(OfflineTextBrowser, EmbeddedImagesStillLoad) {
    OfflineTextBrowser browser;
    const QUrl embedded(QStringLiteral("qrc:/icons/io.github.b12guide.b12guide-48.png"));
    EXPECT_TRUE(browser.document()->resource(QTextDocument::ImageResource, embedded).isValid());
    EXPECT_TRUE(browser.refusedResources().isEmpty());
}

TEST(OfflineTextBrowser, WebLinksAreMarkedAndSayWhereTheyGo) {
    OfflineTextBrowser browser;
    browser.showHtml(QStringLiteral(
        "<p>See <a href=\"https://www.nice.org.uk/guidance/ng239\">the <b>NICE</b> guideline</a>, "
        "<a href=\"mailto:someone@example.org\">write</a> or read "
        "<a href=\"#treatment\">Treatment</a>.</p>"));
    const QString text = browser.document()->toRawText(); // toPlainText() drops the no-break space
    EXPECT_TRUE(text.contains(QStringLiteral("the NICE guideline\u00a0\u2197,")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("write\u00a0\u2197"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Treatment."))) << "an in-app link is no web link";
    EXPECT_EQ(text.count(QStringLiteral("\u2197")), 2) << text.toStdString();

    emit browser.highlighted(QUrl(QStringLiteral("https://www.nice.org.uk/guidance/ng239")));
    EXPECT_TRUE(browser.toolTip().contains(QStringLiteral("web browser")))
        << browser.toolTip().toStdString();
    EXPECT_TRUE(browser.toolTip().contains(QStringLiteral("https://www.nice.org.uk")));
    emit browser.highlighted(QUrl(QStringLiteral("#treatment")));
    EXPECT_TRUE(browser.toolTip().isEmpty());
}

TEST(OfflineTextBrowser, TheArticleReaderIsOne) {
    b12::testing::TestServices services;
    b12::app::ArticlePage page(services.services());
    page.show(); // the reader lays its text out once it is shown
    auto* reader = page.findChild<OfflineTextBrowser*>(QStringLiteral("reader"));
    ASSERT_NE(reader, nullptr);
    ASSERT_TRUE(page.showSection(QStringLiteral("sources")));
    EXPECT_TRUE(reader->document()->toRawText().contains(QStringLiteral("\u2197")))
        << "the sources' web links are not marked";
}
