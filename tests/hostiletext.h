// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Texts a user (or a list they import) may put into names, notes and source titles, each of
// which once broke an export or the detail pane: JSON assembled with QString::arg, XML without
// escaping, ";" between sources in one CSV cell, labels that read markup. Every writer and
// every pane that shows user text runs its _data() table over these rows.

#include <QList>
#include <QString>
#include <QTest>
#include <QXmlStreamReader>

#include <utility>

namespace twinatlas::testing {

/** The hostile texts, each with the name of its _data() row. */
inline QList<std::pair<const char *, QString>> hostileTexts()
{
    return {
            {"percent in a URL", QStringLiteral("see https://example.org/list%2Cfull")},
            {"placeholders and quotes", QStringLiteral("Quote \"Town\" & %1 %2 %10")},
            {"markup", QStringLiteral("GUI note \"q\" <b>&amp; %1")},
            {"CDATA end and comment", QStringLiteral("a ]]> b <!-- c --> <![CDATA[ d ]]>")},
            {"list separators", QStringLiteral("Smith; Sons | gazette, vol. 1; p. 2")},
            {"line breaks and tabs", QStringLiteral("first line\nsecond\tline;\n| third")},
            {"backslashes", QStringLiteral("C:\\path\\\"quoted\\\" \\u0041 \\n")},
            {"spreadsheet formula", QStringLiteral("=HYPERLINK(\"http://x\",\"click me\")")},
            {"scripts and emoji", QStringLiteral("Tel Aviv-Yafo תל אביב-יפו 🏙️ Łódź")},
            {"control characters", QStringLiteral("bell\x07 escape\x1b[31m form feed\x0c end")},
    };
}

/** Adds one row per hostile text to a _data() table whose only column is QString "text". */
inline void addHostileTextRows()
{
    for (const auto &[name, text] : hostileTexts())
        QTest::newRow(name) << text;
}

/** Whether c may appear in an XML 1.0 document (XML 1.0, section 2.2). */
inline bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
            || (c >= 0x10000 && c <= 0x10FFFF);
}

/** text as an XML writer must keep it: characters XML cannot hold become U+FFFD. */
inline QString asXmlText(const QString &text)
{
    QString out;
    for (const char32_t c : text.toUcs4())
        out += isXmlChar(c) ? QString::fromUcs4(&c, 1) : QString(QChar(0xFFFD));
    return out;
}

/** Empty when bytes are a well-formed XML document; else the parser's complaint and where. */
inline QString xmlProblem(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    if (!xml.hasError())
        return {};
    return QStringLiteral("%1 at line %2, column %3")
            .arg(xml.errorString())
            .arg(xml.lineNumber())
            .arg(xml.columnNumber());
}

} // namespace twinatlas::testing
