// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/atlasrecords.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace twinatlas {

/**
 * Sources as rich text for a QLabel: a title with an http(s) URL becomes a link, anything
 * else (a document name, another scheme) stays plain text. open() is the one place that lets
 * a link leave the program, and only for http and https.
 */
class SourceLinks
{
    Q_DECLARE_TR_FUNCTIONS(SourceLinks)

public:
    SourceLinks() = delete;

    /** Whether url may be opened in the browser: an absolute http or https URL. */
    static bool isWebLink(const QString &url);
    /** One source as an HTML fragment (escaped). */
    static QString html(const SourceRecord &source);
    /** Several sources, one per line. */
    static QString html(const QVector<SourceRecord> &sources);
    /** Opens a web link in the browser; false (and nothing opened) for any other text. */
    static bool open(const QString &link);
};

} // namespace twinatlas
