// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article/markdown.h"

#include <md4c-html.h>
#include <md4c.h>

namespace b12::core {

namespace {

constexpr unsigned kParserFlags =
    MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS;

// Collects the first heading and the plain text while md4c walks the document.
struct TextCollector {
    RenderedMarkdown* out = nullptr;
    int blockCount = 0; // blocks entered below the document, to spot the first one
    bool inFirstHeading = false;

    void appendText(std::string_view text) {
        out->plainText.append(text);
        if (inFirstHeading) {
            out->firstHeading.append(text);
        }
    }

    void endBlock() {
        if (!out->plainText.empty() && out->plainText.back() != '\n') {
            out->plainText += '\n';
        }
    }
};

int enterBlock(MD_BLOCKTYPE type, void* detail, void* userdata) {
    auto* c = static_cast<TextCollector*>(userdata);
    if (type == MD_BLOCK_DOC) {
        return 0;
    }
    ++c->blockCount;
    if (type == MD_BLOCK_UL || type == MD_BLOCK_OL) {
        c->endBlock(); // a list inside a list item starts on a line of its own
    }
    if (type == MD_BLOCK_H && c->blockCount == 1 &&
        static_cast<MD_BLOCK_H_DETAIL*>(detail)->level == 1) {
        c->inFirstHeading = true;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void* /*detail*/, void* userdata) {
    auto* c = static_cast<TextCollector*>(userdata);
    if (type == MD_BLOCK_H) {
        c->inFirstHeading = false;
    }
    if (type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_LI || type == MD_BLOCK_TD ||
        type == MD_BLOCK_TH || type == MD_BLOCK_CODE) {
        c->endBlock();
    }
    return 0;
}

int enterOrLeaveSpan(MD_SPANTYPE /*type*/, void* /*detail*/, void* /*userdata*/) {
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size, void* userdata) {
    auto* c = static_cast<TextCollector*>(userdata);
    switch (type) {
    case MD_TEXT_NULLCHAR:
        c->appendText("\xEF\xBF\xBD");
        break;
    case MD_TEXT_BR:
        c->appendText("\n");
        break;
    case MD_TEXT_SOFTBR:
        c->appendText(" ");
        break;
    case MD_TEXT_ENTITY:
        // Entities are rare in our content; the common ones are mapped, others kept literal.
        if (std::string_view(data, size) == "&amp;") {
            c->appendText("&");
        } else if (std::string_view(data, size) == "&nbsp;") {
            c->appendText(" ");
        } else {
            c->appendText(std::string_view(data, size));
        }
        break;
    default:
        c->appendText(std::string_view(data, size));
    }
    return 0;
}

void appendHtml(const MD_CHAR* data, MD_SIZE size, void* userdata) {
    static_cast<std::string*>(userdata)->append(data, size);
}

} // namespace

RenderedMarkdown renderMarkdown(std::string_view markdown) {
    RenderedMarkdown out;
    TextCollector collector;
    collector.out = &out;

    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = kParserFlags;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterOrLeaveSpan;
    parser.leave_span = enterOrLeaveSpan;
    parser.text = text;
    md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &collector);

    out.html.reserve(markdown.size() * 2);
    md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), appendHtml, &out.html,
            kParserFlags, 0);
    while (!out.plainText.empty() && out.plainText.back() == '\n') {
        out.plainText.pop_back();
    }
    return out;
}

} // namespace b12::core
