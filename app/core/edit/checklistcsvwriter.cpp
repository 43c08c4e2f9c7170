// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistcsvwriter.h"

#include "io/savefile.h"

#include <QCoreApplication>
#include <QStringList>

namespace twinatlas {

namespace {

/** tr() for the free functions here, in the context lupdate gives them as well. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(twinatlas::ChecklistCsvWriter)
};

QString tr(const char *text)
{
    return Text::tr(text);
}

QString stateText(ChecklistItem::State state)
{
    switch (state) {
    case ChecklistItem::State::Received: return Text::tr("Received");
    case ChecklistItem::State::Wanted: return Text::tr("Wanted");
    case ChecklistItem::State::NotYet: return Text::tr("Not yet");
    }
    return {};
}

} // namespace

QString ChecklistCsvWriter::cell(const QString &text)
{
    QString value = text;
    // The characters with which spreadsheets start a formula (and tab and CR, which some of
    // them skip before looking).
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStart.contains(value.at(0)))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || value.contains(QLatin1Char(';')) || value != value.trimmed()) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QByteArray ChecklistCsvWriter::toCsv(const QString &placeName, const QVector<ChecklistItem> &items)
{
    QStringList lines;
    const QStringList header{tr("Place"),       tr("Partner"), tr("Country"),   tr("Card"),
                             tr("Received on"), tr("Note"),    tr("Partner id")};
    QStringList cells;
    for (const QString &h : header)
        cells << cell(h);
    lines << cells.join(QLatin1Char(','));
    for (const ChecklistItem &item : items) {
        cells.clear();
        for (const QString &v : {placeName, item.partnerName, item.country, stateText(item.state),
                                 item.receivedDate, item.note, item.partnerUid})
            cells << cell(v);
        lines << cells.join(QLatin1Char(','));
    }
    // A byte order mark, so that spreadsheets read the names as UTF-8.
    return QByteArrayLiteral("\xEF\xBB\xBF")
            + (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

bool ChecklistCsvWriter::write(const QString &path, const QString &placeName,
                               const QVector<ChecklistItem> &items, QString *error)
{
    QString reason;
    if (SaveFile::write(path, toCsv(placeName, items), &reason))
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(path, reason);
    return false;
}

} // namespace twinatlas
