// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_crashwriter and tst_instancelock, run as a separate process so that it can be
// killed: "write ATLAS FIRST COUNT" applies change sets FIRST, FIRST+1, … each adding a place,
// a partnership, an event, a source and the two citations together, and prints "committed N"
// once apply() has returned; "hold-lock ATLAS" opens the atlas for editing, prints its mode and
// waits to be killed.
#include "db/atlasdatabase.h"
#include "edit/atlaswriter.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>
#include <QThread>
#include <cstdio>

using namespace twinatlas;

namespace {

ChangeSet crashChange(qint64 n, qint64 partnerId)
{
    const QString prefix = QStringLiteral("crash:%1:").arg(n);
    ChangeSet c;
    PlaceRow p;
    p.id = -1;
    p.uid = prefix + QStringLiteral("place");
    p.name = QStringLiteral("Crashton %1").arg(n);
    p.asciiName = p.name;
    p.country = QStringLiteral("DE");
    p.lon = 7 + (n % 1000) * 0.001;
    p.lat = 51;
    p.population = n;
    p.kind = QStringLiteral("town");
    c.insert(p);
    PartnershipRow t;
    t.id = -2;
    t.uid = prefix + QStringLiteral("twin");
    t.placeA = -1;
    t.placeB = partnerId;
    t.startDate = QStringLiteral("2000");
    c.insert(t);
    EventRow e;
    e.id = -3;
    e.uid = prefix + QStringLiteral("event");
    e.partnershipId = -2;
    e.date = QStringLiteral("2000-01-01");
    e.type = QStringLiteral("signed");
    e.description = QStringLiteral("Signed, change %1").arg(n);
    c.insert(e);
    SourceRow s;
    s.id = -4;
    s.uid = prefix + QStringLiteral("source");
    s.title = QStringLiteral("Letter %1").arg(n);
    s.document = QStringLiteral("crash/%1.txt").arg(n);
    c.insert(s);
    c.linkPartnershipSource(-2, -4);
    c.linkEventSource(-3, -4);
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("hold-lock")) {
        AtlasDatabase db;
        if (!db.openForEditing(args.at(2))) {
            std::printf("failed %s\n", qPrintable(db.errorString()));
            return 1;
        }
        std::printf("%s\n", db.isReadOnly() ? "read-only" : "read-write");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    if (args.size() < 5 || args.at(1) != QLatin1String("write")) {
        std::fprintf(stderr, "usage: %s write ATLAS FIRST COUNT | hold-lock ATLAS\n", argv[0]);
        return 2;
    }
    AtlasDatabase db;
    if (!db.openForEditing(args.at(2)) || db.isReadOnly()) {
        std::printf("failed %s%s\n", qPrintable(db.errorString()), qPrintable(db.readOnlyReason()));
        return 1;
    }
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM places WHERE uid = 'gn:2934246'"));
    const qint64 partner = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    AtlasWriter writer(db);
    const qint64 first = args.at(3).toLongLong();
    const qint64 count = args.at(4).toLongLong();
    for (qint64 n = first; n < first + count; ++n) {
        const ApplyResult r = writer.apply(crashChange(n, partner));
        if (!r.ok) {
            std::printf("failed %lld: %s\n", n, qPrintable(r.errorString()));
            return 1;
        }
        std::printf("committed %lld\n", n);
        std::fflush(stdout);
    }
    return 0;
}
