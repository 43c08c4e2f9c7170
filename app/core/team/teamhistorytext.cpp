// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamhistorytext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace twinatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("twinatlas::TeamHistoryText", text);
}

} // namespace

QString TeamHistoryText::lastChange(const QVector<TeamChange> &history,
                                    const QString &localModifiedAt, const QLocale &locale)
{
    if (history.isEmpty())
        return QString();
    const TeamChange &last = history.last();
    const QDateTime local = QDateTime::fromString(localModifiedAt, Qt::ISODateWithMs);
    if (local.isValid() && last.at.isValid() && local > last.at)
        return QString();
    const QString day = locale.toString(last.at.toLocalTime().date(), QLocale::LongFormat);
    if (last.action == QLatin1String("added"))
        return tr("Added by %1 on %2").arg(last.by, day);
    if (last.action == QLatin1String("removed"))
        return tr("Removed by %1 on %2").arg(last.by, day);
    return tr("Edited by %1 on %2").arg(last.by, day);
}

QString TeamHistoryText::lines(const QVector<TeamChange> &history, const QLocale &locale)
{
    QStringList out;
    for (const TeamChange &c : history) {
        const QString when = locale.toString(c.at.toLocalTime(), QLocale::ShortFormat);
        if (c.action == QLatin1String("added")) {
            out << tr("%1 · %2 added it").arg(when, c.by);
        } else if (c.action == QLatin1String("removed")) {
            out << tr("%1 · %2 removed it").arg(when, c.by);
        } else {
            QStringList fields;
            const QJsonObject changes = QJsonDocument::fromJson(c.changes.toUtf8()).object();
            for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
                const int f = TeamKinds::fieldIndex(c.kind, it.key());
                if (f >= 0 && !TeamKinds::fields(c.kind).at(f).meta)
                    fields << TeamKinds::fieldLabel(c.kind, f);
            }
            out << (fields.isEmpty() ? tr("%1 · %2 changed it").arg(when, c.by)
                                     : tr("%1 · %2 changed %3")
                                               .arg(when, c.by, locale.createSeparatedList(fields)));
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace twinatlas
