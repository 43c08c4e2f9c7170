// SPDX-License-Identifier: GPL-3.0-or-later
// The three-way merge of a sync without a server: a field changed on one side takes that
// side's value, changed on both to different values it is a conflict that keeps the local
// value, and a removal meets a change as a conflict; what is sent is every local change with
// the fields in conflict held back.
#include "team/teammerge.h"

#include <QtTest>

using namespace twinatlas;

namespace {

const int statusField = TeamKinds::fieldIndex(TeamKind::Partnership, QStringLiteral("status"));
const int noteField = TeamKinds::fieldIndex(TeamKind::Partnership, QStringLiteral("note"));
const int modifiedField = TeamKinds::fieldIndex(TeamKind::Partnership, QStringLiteral("modified_at"));
const int originField = TeamKinds::fieldIndex(TeamKind::Partnership, QStringLiteral("origin"));
const QString key = QStringLiteral("berlin-paris");

// "status|note", "status|note|user" (made or touched by the user), "deleted" or "-" (none).
std::optional<TeamRecord> record(const QString &text, qint64 version = 0)
{
    if (text == QLatin1String("-"))
        return std::nullopt;
    TeamRecord r;
    r.key = key;
    r.version = version;
    r.values = QStringList{QStringLiteral("gn:1"), QStringLiteral("gn:2"), QStringLiteral("twin_town"),
                           QStringLiteral("active"), QString(), QString(), QStringLiteral(""),
                           QStringLiteral("bundled"), QString(), QStringLiteral("2026.1")};
    if (text == QLatin1String("deleted")) {
        r.deleted = true;
        return r;
    }
    const QStringList parts = text.split(QLatin1Char('|'));
    r.values[statusField] = parts.value(0);
    r.values[noteField] = parts.value(1);
    if (parts.value(2) == QLatin1String("user"))
        r.values[modifiedField] = QStringLiteral("2026-01-01T10:00:00.000Z");
    return r;
}

QString text(const TeamRecord &r)
{
    return r.deleted ? QStringLiteral("deleted")
                     : r.values.at(statusField) + QLatin1Char('|') + r.values.at(noteField);
}

} // namespace

class tst_TeamMerge : public QObject
{
    Q_OBJECT

private slots:
    void pull_data();
    void pull();
    void unsettledConflictOutlivesOtherChanges();
    void laterStampWinsWithoutConflict();
    void pending_data();
    void pending();
};

void tst_TeamMerge::pull_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<bool>("referenced");
    QTest::addColumn<QString>("write"); // what is written here: "-" nothing
    QTest::addColumn<QString>("conflicts"); // fields in conflict; "row" for the row itself

    QTest::newRow("remote change, none here") << "active|a" << "active|a" << "ended|a" << false << "ended|a" << "";
    QTest::newRow("echo of our own change") << "ended|a" << "ended|a" << "=" << false << "-" << "";
    QTest::newRow("different fields merge") << "active|a" << "active|b" << "ended|a" << false << "ended|b" << "";
    QTest::newRow("same field, different values") << "active|a" << "active|b" << "active|c" << false << "-" << "note";
    QTest::newRow("same field, same value") << "active|a" << "active|b" << "active|b" << false << "-" << "";
    QTest::newRow("both fields clash") << "active|a" << "suspended|b" << "ended|c" << false << "-" << "status,note";
    QTest::newRow("removed there, unchanged here") << "active|a" << "active|a" << "deleted" << false << "deleted" << "";
    QTest::newRow("removed there, changed here") << "active|a" << "active|b" << "deleted" << false << "-" << "row";
    QTest::newRow("removed there, needed here") << "active|a" << "active|a" << "deleted" << true << "-" << "row";
    QTest::newRow("removed here, changed there") << "active|a" << "-" << "ended|a" << false << "-" << "row";
    QTest::newRow("removed on both sides") << "active|a" << "-" << "deleted" << false << "-" << "";
    QTest::newRow("new there") << "-" << "-" << "active|a" << false << "active|a" << "";
    QTest::newRow("never synced, bundled here") << "-" << "active|old" << "ended|new" << false << "ended|new" << "";
    QTest::newRow("never synced, touched here") << "-" << "active|mine|user" << "active|theirs" << false << "-" << "note";
    QTest::newRow("never synced, equal") << "-" << "active|a|user" << "active|a" << false << "-" << "";
    QTest::newRow("restored there") << "deleted" << "-" << "active|a" << false << "active|a" << "";
}

void tst_TeamMerge::pull()
{
    QFETCH(QString, base);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    QFETCH(bool, referenced);
    QFETCH(QString, write);
    QFETCH(QString, conflicts);

    TeamBases bases;
    if (const auto b = record(base, 5))
        bases.insert(key, TeamBase{*b, true});
    TeamRecords locals;
    if (const auto l = record(local))
        locals.insert(key, *l);
    TeamRecord r = remote == QLatin1String("=") ? *record(base, 5) : *record(remote, 6);
    r.changedBy = QStringLiteral("bob");
    const TeamMergeResult result = TeamMerge::pull(TeamKind::Partnership, bases, locals, {r}, {},
                                                   referenced ? QSet<QString>{key} : QSet<QString>{});
    if (write == QLatin1String("-")) {
        QVERIFY(result.writes.isEmpty());
    } else {
        QCOMPARE(result.writes.size(), 1);
        QCOMPARE(text(result.writes.first()), write);
    }
    QStringList fields;
    for (const TeamConflict &c : result.conflicts) {
        fields << (c.field < 0 ? QStringLiteral("row") : TeamKinds::fields(c.kind).at(c.field).name);
        QCOMPARE(c.remoteBy, QStringLiteral("bob"));
        if (c.field >= 0) {
            // Nothing lost: both values are in the conflict.
            QCOMPARE(c.localValue, locals.value(key).values.at(c.field));
            QCOMPARE(c.remoteValue, r.values.at(c.field));
        }
    }
    QCOMPARE(fields.join(QLatin1Char(',')), conflicts);
    // The server's row becomes the base, unless it was our own echo.
    QCOMPARE(result.bases.size(), remote == QLatin1String("=") ? 0 : 1);
}

void tst_TeamMerge::unsettledConflictOutlivesOtherChanges()
{
    // The note is in conflict; then the other desktop changes the status only.
    TeamBases bases{{key, TeamBase{*record(QStringLiteral("active|theirs"), 6), true}}};
    TeamRecords locals{{key, *record(QStringLiteral("active|mine"))}};
    TeamConflict old;
    old.kind = TeamKind::Partnership;
    old.key = key;
    old.field = noteField;
    old.localValue = QStringLiteral("mine");
    old.remoteValue = QStringLiteral("theirs");
    const TeamMergeResult result =
            TeamMerge::pull(TeamKind::Partnership, bases, locals,
                            {*record(QStringLiteral("ended|theirs"), 7)}, {{key, {old}}}, {});
    QCOMPARE(result.conflicts.size(), 1);
    QCOMPARE(result.conflicts.first().field, noteField);
    QCOMPARE(result.writes.size(), 1);
    QCOMPARE(text(result.writes.first()), QStringLiteral("ended|mine"));
}

void tst_TeamMerge::laterStampWinsWithoutConflict()
{
    TeamRecord base = *record(QStringLiteral("active|a"), 5);
    TeamRecord local = *record(QStringLiteral("active|b|user"));
    TeamRecord remote = *record(QStringLiteral("ended|a"), 6);
    remote.values[modifiedField] = QStringLiteral("2026-02-01T10:00:00.000Z");
    const TeamMergeResult result = TeamMerge::pull(TeamKind::Partnership, {{key, TeamBase{base, true}}},
                                                   {{key, local}}, {remote}, {}, {});
    QVERIFY(result.conflicts.isEmpty());
    QCOMPARE(result.writes.first().values.at(modifiedField), QStringLiteral("2026-02-01T10:00:00.000Z"));
    QCOMPARE(result.writes.first().values.at(originField), QStringLiteral("bundled"));
}

void tst_TeamMerge::pending_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("applied");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("conflict"); // "", "note" or "row"
    QTest::addColumn<bool>("held");
    QTest::addColumn<QString>("sent"); // "-": nothing
    QTest::addColumn<int>("baseVersion");

    QTest::newRow("unchanged") << "active|a" << true << "active|a" << "" << false << "-" << 0;
    QTest::newRow("changed") << "active|a" << true << "ended|a" << "" << false << "ended|a" << 5;
    QTest::newRow("new") << "-" << true << "active|a" << "" << false << "active|a" << 0;
    QTest::newRow("removed") << "active|a" << true << "-" << "" << false << "deleted" << 5;
    QTest::newRow("removed, held") << "active|a" << true << "-" << "" << true << "-" << 0;
    QTest::newRow("removed there already") << "deleted" << true << "-" << "" << false << "-" << 0;
    QTest::newRow("restored here") << "deleted" << true << "active|a" << "" << false << "active|a" << 5;
    QTest::newRow("field in conflict held back") << "active|a" << true << "ended|b" << "note" << false << "ended|a" << 5;
    QTest::newRow("only the conflict") << "active|a" << true << "active|b" << "note" << false << "-" << 0;
    QTest::newRow("only the conflict, stamped") << "active|a" << true << "active|b|user" << "note" << false << "-" << 0;
    QTest::newRow("stamp alone") << "active|a" << true << "active|a|user" << "" << false << "active|a" << 5;
    QTest::newRow("row in conflict") << "active|a" << true << "ended|b" << "row" << false << "-" << 0;
    QTest::newRow("team's row not taken yet") << "active|a" << false << "ended|a" << "" << false << "-" << 0;
}

void tst_TeamMerge::pending()
{
    QFETCH(QString, base);
    QFETCH(bool, applied);
    QFETCH(QString, local);
    QFETCH(QString, conflict);
    QFETCH(bool, held);
    QFETCH(QString, sent);
    QFETCH(int, baseVersion);

    TeamBases bases;
    if (const auto b = record(base, 5))
        bases.insert(key, TeamBase{*b, applied});
    TeamRecords locals;
    if (const auto l = record(local))
        locals.insert(key, *l);
    TeamConflicts conflicts;
    if (!conflict.isEmpty()) {
        TeamConflict c;
        c.kind = TeamKind::Partnership;
        c.key = key;
        c.field = conflict == QLatin1String("row") ? -1 : noteField;
        conflicts.insert(key, {c});
    }
    const QVector<TeamRecord> out = TeamMerge::pending(TeamKind::Partnership, bases, locals, conflicts,
                                                       held ? QSet<QString>{key} : QSet<QString>{});
    if (sent == QLatin1String("-")) {
        QVERIFY(out.isEmpty());
        return;
    }
    QCOMPARE(out.size(), 1);
    QCOMPARE(text(out.first()), sent);
    QCOMPARE(out.first().version, qint64(baseVersion));
}

QTEST_GUILESS_MAIN(tst_TeamMerge)
#include "tst_teammerge.moc"
