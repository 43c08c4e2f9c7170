// SPDX-License-Identifier: GPL-3.0-or-later
#include "upgradereport.h"

#include <QCoreApplication>

namespace twinatlas {

namespace {

/** tr() where lupdate sees it: plurals pass n as the third argument, as with tr(). */
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("twinatlas::UpgradeReport", text, comment, n);
}

} // namespace

QString UpgradeReport::message() const
{
    switch (status) {
    case Status::UpToDate: return {};
    case Status::Unopenable: return {};
    case Status::Skipped: return errorString;
    case Status::Failed:
        return tr("Your atlas could not be updated to the new data; it is as it was. %1")
                .arg(errorString);
    case Status::Upgraded: break;
    }
    QStringList news;
    if (partnerships.added || (!places.added && !events.added))
        news << tr("%n new partnership(s)", nullptr, partnerships.added);
    if (places.added)
        news << tr("%n new place(s)", nullptr, places.added);
    if (events.added)
        news << tr("%n new event(s)", nullptr, events.added);
    const int corrected =
            places.corrected + partnerships.corrected + events.corrected + sources.corrected;
    news << tr("%n corrected", nullptr, corrected);
    const int removed = places.removed + partnerships.removed + events.removed + sources.removed;
    if (removed)
        news << tr("%n removed", nullptr, removed);
    QString text = userEdits > 0
            ? tr("The atlas data was updated to %1: %2; your %n edit(s) kept.", nullptr, userEdits)
                      .arg(toVersion, news.join(QStringLiteral(", ")))
            : tr("The atlas data was updated to %1: %2.")
                      .arg(toVersion, news.join(QStringLiteral(", ")));
    const int kept =
            places.keptInUse + partnerships.keptInUse + events.keptInUse + sources.keptInUse;
    if (kept)
        text += QLatin1Char(' ')
                + tr("%n row(s) the new data drops are kept because your entries use them.", nullptr, kept);
    if (!backupPath.isEmpty())
        text += QLatin1Char(' ') + tr("A copy of your atlas from before is at %1.").arg(backupPath);
    return text;
}

} // namespace twinatlas
