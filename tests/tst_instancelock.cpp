// SPDX-License-Identifier: GPL-3.0-or-later
// A second Twinatlas on the same atlas opens it read-only and says so; the lock of a program
// that was killed does not keep the atlas read-only for ever; another path to the same file
// (a symbolic link, "..") meets the same lock.
#include "db/atlasdatabase.h"
#include "edit/atlaswriter.h"
#include "testatlas.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace twinatlas;

class tst_InstanceLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondOpenIsReadOnly();
    void otherProgramHoldsTheLock();
    void otherPathsShareTheLock_data();
    void otherPathsShareTheLock();

private:
    QTemporaryDir m_dir;
    QString m_atlas;
};

void tst_InstanceLock::initTestCase()
{
    m_atlas = testing::buildSmallAtlas(m_dir.path());
    QVERIFY(!m_atlas.isEmpty());
}

void tst_InstanceLock::secondOpenIsReadOnly()
{
    AtlasDatabase first;
    QVERIFY(first.openForEditing(m_atlas));
    QVERIFY(!first.isReadOnly());
    QVERIFY(first.holdsInstanceLock());
    QVERIFY(first.readOnlyReason().isEmpty());
    QVERIFY(QFile::exists(AtlasDatabase::lockFilePath(m_atlas)));

    AtlasDatabase second;
    QVERIFY2(second.openForEditing(m_atlas), qPrintable(second.errorString()));
    QVERIFY(second.isReadOnly());
    QVERIFY(!second.holdsInstanceLock());
    const QString reason = second.readOnlyReason();
    QVERIFY2(reason.contains(QLatin1String("Another Twinatlas"))
                     && reason.contains(QString::number(QCoreApplication::applicationPid()))
                     && reason.contains(QLatin1String("read-only")),
             qPrintable(reason));
    // It reads, and refuses changes with the same message.
    QCOMPARE(second.meta(QStringLiteral("data_version")), QStringLiteral("test-1"));
    AtlasWriter writer(second);
    ChangeSet c;
    c.addAlternateName(1, QStringLiteral("Düssel"));
    const ApplyResult r = writer.apply(c);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorString(), reason);

    first.close();
    QVERIFY(!QFile::exists(AtlasDatabase::lockFilePath(m_atlas)));
    AtlasDatabase third;
    QVERIFY(third.openForEditing(m_atlas));
    QVERIFY(!third.isReadOnly());
    QVERIFY(AtlasWriter(third).apply(c).ok);
}

void tst_InstanceLock::otherProgramHoldsTheLock()
{
    QProcess other;
    other.start(QStringLiteral(TWINATLAS_CRASH_HELPER), {QStringLiteral("hold-lock"), m_atlas});
    QVERIFY(other.waitForStarted());
    QVERIFY(other.waitForReadyRead(20000));
    QCOMPARE(other.readLine().trimmed(), QByteArray("read-write"));
    {
        AtlasDatabase here;
        QVERIFY(here.openForEditing(m_atlas));
        QVERIFY(here.isReadOnly());
        QVERIFY2(here.readOnlyReason().contains(QString::number(other.processId())),
                 qPrintable(here.readOnlyReason()));
    }
    other.kill();
    QVERIFY(other.waitForFinished());
    // The lock file is left behind by the killed program, but its owner is gone.
    QVERIFY(QFile::exists(AtlasDatabase::lockFilePath(m_atlas)));
    AtlasDatabase after;
    QVERIFY(after.openForEditing(m_atlas));
    QVERIFY2(!after.isReadOnly(), qPrintable(after.readOnlyReason()));
}

void tst_InstanceLock::otherPathsShareTheLock_data()
{
    QTest::addColumn<QString>("link");   // what to create: "file" or "folder" link, or none
    QTest::addColumn<QString>("path");   // the second path, relative to the test's folder
    QTest::newRow("symbolic link to the file") << "file" << "link.sqlite";
    QTest::newRow("symbolic link to the folder") << "folder" << "linked/small.sqlite";
    QTest::newRow("dot and dot-dot") << "" << "./sub/../small.sqlite";
}

void tst_InstanceLock::otherPathsShareTheLock()
{
    QFETCH(QString, link);
    QFETCH(QString, path);
    QDir dir(m_dir.path());
    dir.mkpath(QStringLiteral("sub"));
    QFile::remove(dir.filePath(QStringLiteral("link.sqlite")));
    QFile::remove(dir.filePath(QStringLiteral("linked")));
    if (link == QLatin1String("file"))
        QVERIFY(QFile::link(m_atlas, dir.filePath(QStringLiteral("link.sqlite"))));
    else if (link == QLatin1String("folder"))
        QVERIFY(QFile::link(m_dir.path(), dir.filePath(QStringLiteral("linked"))));
    const QString other = dir.path() + u'/' + path;
    QVERIFY(QFileInfo::exists(other));

    // The window holds the atlas by one path; `--database` gives the other.
    AtlasDatabase window;
    QVERIFY(window.openForEditing(m_atlas));
    QVERIFY(!window.isReadOnly());
    AtlasDatabase command;
    QVERIFY2(command.openForEditing(other), qPrintable(command.errorString()));
    QVERIFY2(command.isReadOnly(), qPrintable(other));
    QVERIFY(command.readOnlyReason().contains(QLatin1String("Another Twinatlas")));
    ChangeSet c;
    c.addAlternateName(1, QStringLiteral("Düssel"));
    QVERIFY(!AtlasWriter(command).apply(c).ok);

    // And the other way round.
    command.close();
    window.close();
    QVERIFY(command.openForEditing(other));
    QVERIFY(!command.isReadOnly());
    QVERIFY(window.openForEditing(m_atlas));
    QVERIFY(window.isReadOnly());
}

QTEST_GUILESS_MAIN(tst_InstanceLock)
#include "tst_instancelock.moc"
