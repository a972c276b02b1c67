// SPDX-FileCopyrightText: B12 Guide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one rule for links that lead out of the app: only a web page (http, https) or an
// e-mail address (mailto), only on a deliberate click, and only in the system's own
// program for it. Every page follows it.

class QUrl;

namespace b12::app {

/// Whether `url` leads out of the app: a web page or an e-mail address.
[[nodiscard]] bool isExternalLink(const QUrl& url);

/// Opens an external link in the system's browser or mail program. Anything else is left
/// alone (false): the app follows no other link out of itself.
bool openExternalLink(const QUrl& url);

} // namespace b12::app
