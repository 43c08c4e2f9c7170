// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsyncreport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace twinatlas {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("twinatlas::TeamSyncReport", text, disambiguation, n);
}

// A named context: lupdate files a tr() outside a class under the namespace only.
QString countOf(TeamKind kind, int n)
{
    const char *text = nullptr;
    switch (kind) {
    case TeamKind::Place: text = QT_TRANSLATE_N_NOOP("twinatlas::TeamSyncReport", "%Ln place(s)"); break;
    case TeamKind::Source: text = QT_TRANSLATE_N_NOOP("twinatlas::TeamSyncReport", "%Ln source(s)"); break;
    case TeamKind::Partnership:
        text = QT_TRANSLATE_N_NOOP("twinatlas::TeamSyncReport", "%Ln partnership(s)");
        break;
    case TeamKind::Event: text = QT_TRANSLATE_N_NOOP("twinatlas::TeamSyncReport", "%Ln event(s)"); break;
    case TeamKind::PartnershipSource:
    case TeamKind::EventSource:
        text = QT_TRANSLATE_N_NOOP("twinatlas::TeamSyncReport", "%Ln cited source(s)");
        break;
    case TeamKind::Checklist:
        text = QT_TRANSLATE_N_NOOP("twinatlas::TeamSyncReport", "%Ln postcard(s)");
        break;
    }
    return text ? tr(text, nullptr, n) : QString();
}

} // namespace

int TeamSyncReport::received(TeamKind kind) const
{
    return added.value(kind) + changed.value(kind) + removed.value(kind);
}

int TeamSyncReport::received() const
{
    int n = 0;
    for (TeamKind kind : TeamKinds::all())
        n += received(kind);
    return n;
}

QString TeamSyncReport::summary() const
{
    QStringList parts;
    QStringList in;
    QHash<int, int> merged; // the two kinds of cited sources are one for the user
    for (TeamKind kind : TeamKinds::all()) {
        const TeamKind shown = kind == TeamKind::EventSource ? TeamKind::PartnershipSource : kind;
        merged[int(shown)] += received(kind);
    }
    for (TeamKind kind : TeamKinds::all())
        if (merged.value(int(kind)) > 0)
            in << countOf(kind, merged.value(int(kind)));
    if (in.isEmpty())
        parts << tr("nothing new came in");
    else
        parts << tr("%1 came in").arg(QLocale().createSeparatedList(in));
    if (sent > 0)
        parts << tr("%Ln change(s) sent", nullptr, sent);
    if (stale > 0)
        parts << tr("%Ln change(s) wait for the next sync", nullptr, stale);
    if (notApplied > 0)
        parts << tr("%Ln team row(s) this atlas cannot take yet", nullptr, notApplied);
    if (conflicts > 0)
        parts << tr("%Ln conflict(s) to settle", nullptr, conflicts);
    QString text = parts.join(QStringLiteral("; "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

QString TeamSyncReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs));
    QJsonObject in;
    for (TeamKind kind : TeamKinds::all()) {
        QJsonObject k;
        k.insert(QStringLiteral("added"), added.value(kind));
        k.insert(QStringLiteral("changed"), changed.value(kind));
        k.insert(QStringLiteral("removed"), removed.value(kind));
        in.insert(TeamKinds::name(kind), k);
    }
    o.insert(QStringLiteral("received"), in);
    o.insert(QStringLiteral("sent"), sent);
    o.insert(QStringLiteral("stale"), stale);
    o.insert(QStringLiteral("conflicts"), conflicts);
    o.insert(QStringLiteral("not_applied"), notApplied);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TeamSyncReport TeamSyncReport::fromJson(const QString &json)
{
    TeamSyncReport r;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    const QJsonObject in = o.value(QStringLiteral("received")).toObject();
    for (TeamKind kind : TeamKinds::all()) {
        const QJsonObject k = in.value(TeamKinds::name(kind)).toObject();
        r.added[kind] = k.value(QStringLiteral("added")).toInt();
        r.changed[kind] = k.value(QStringLiteral("changed")).toInt();
        r.removed[kind] = k.value(QStringLiteral("removed")).toInt();
    }
    r.sent = o.value(QStringLiteral("sent")).toInt();
    r.stale = o.value(QStringLiteral("stale")).toInt();
    r.conflicts = o.value(QStringLiteral("conflicts")).toInt();
    r.notApplied = o.value(QStringLiteral("not_applied")).toInt();
    return r;
}

} // namespace twinatlas
